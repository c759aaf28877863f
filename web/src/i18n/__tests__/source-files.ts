import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SRC = join(__dirname, '..', '..');

/** Every source file under src/ with one of the extensions, generated code and tests excluded. */
export function sourceFiles(extensions: readonly string[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'gql' && entry.name !== '__tests__') walk(full);
      } else if (extensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')) {
        out.push({ path: relative(SRC, full), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(SRC);
  return out;
}
