import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../audit/audit-chain';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { embeddedDatabaseUrl } from '../database/embedded-database';

/**
 * Verifies the audit log's hash chain: `npm run audit:verify -w @baton/api` (DATABASE_URL, or the
 * embedded database of a running `npm start`). Exits 1 and names the first broken link if any.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const ds = new DataSource(dataSourceOptions(config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPort)));
  await ds.initialize();
  try {
    const { entries, firstBreak } = await verifyAuditChain(ds.manager);
    if (!firstBreak) {
      console.log(`audit chain: ${entries} entries, every link holds`);
      return 0;
    }
    console.error(
      `audit chain BROKEN at position ${firstBreak.seq}${firstBreak.entryId ? ` (entry ${firstBreak.entryId})` : ''}: ${firstBreak.reason}`,
    );
    return 1;
  } finally {
    await ds.destroy();
  }
}

void main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
