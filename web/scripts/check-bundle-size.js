// Fails (exit 1) when the JavaScript index.html loads before any route chunk is over budget.
// Run after `npm run build -w @baton/web`: `npm run size -w @baton/web` (or with a build folder:
// `node scripts/check-bundle-size.js path/to/dist`).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialChunks, report } from './bundle-size.js';

const web = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ? resolve(process.argv[2]) : join(web, 'dist');
const budget = JSON.parse(readFileSync(join(web, 'bundle-budget.json'), 'utf8')).initialJsGzipKb;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${join(dist, 'index.html')} is missing: run \`npm run build -w @baton/web\` first.`);
  process.exit(1);
}

const chunks = await initialChunks(readFileSync(join(dist, 'index.html'), 'utf8'), (file) =>
  readFileSync(join(dist, file)),
);
const { ok, text } = report(chunks, budget);
console.log(text);
process.exit(ok ? 0 : 1);
