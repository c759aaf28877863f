import type { EmbeddedDatabase } from '../../src/database/embedded-database';

export default async function globalTeardown() {
  await (globalThis as { __batonTestDb?: EmbeddedDatabase }).__batonTestDb?.stop();
}
