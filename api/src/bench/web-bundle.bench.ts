import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchSuite } from './bench-suite';

const WEB = resolve(__dirname, '..', '..', '..', 'web');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
}

/** The portal's initial JavaScript against its budget (the same count as CI's `npm run size -w @baton/web`). */
export const webBundleSuite: BenchSuite = {
  title: 'Web: the portal’s initial JavaScript',
  async run() {
    const dist = join(WEB, 'dist');
    const { initialChunks } = (await import(pathToFileURL(join(WEB, 'scripts', 'bundle-size.js')).href)) as {
      initialChunks(html: string, read: (file: string) => Buffer): Promise<Chunk[]>;
    };
    const budget: number = JSON.parse(readFileSync(join(WEB, 'bundle-budget.json'), 'utf8')).initialJsGzipKb;
    const chunks = await initialChunks(readFileSync(join(dist, 'index.html'), 'utf8'), (file) =>
      readFileSync(join(dist, file)),
    );
    const initial = chunks.reduce((sum, c) => sum + c.gzip, 0);
    const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const all = assets.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, 'assets', f))).length, 0);
    const largestLazy = assets
      .filter((f) => !chunks.some((c) => c.file.endsWith(f)))
      .map((f) => ({ f, size: statSync(join(dist, 'assets', f)).size }))
      .sort((a, b) => b.size - a.size)[0];
    return {
      columns: ['Measurement', 'gzip', 'goal'],
      rows: [
        [
          `initial JavaScript (${chunks.map((c) => c.file).join(', ')})`,
          kb(initial),
          `≤ ${budget} kB: ${initial <= budget * 1000 ? 'met' : 'MISSED'}`,
        ],
        [`every JavaScript file of the build (${assets.length}, loaded by route on demand)`, kb(all), '—'],
        [
          `largest route chunk (${largestLazy?.f ?? '—'})`,
          largestLazy ? kb(gzipSync(readFileSync(join(dist, 'assets', largestLazy.f))).length) : '—',
          '—',
        ],
      ],
      notes: [
        'Initial: what index.html loads before any route chunk (its module script, modulepreloads and their static imports), zlib gzip level 6, 1 kB = 1,000 bytes. CI runs the same count after `npm test`’s build (`npm run size -w @baton/web`) and fails over the budget in `web/bundle-budget.json`.',
        'The active language’s texts load right after the entry (ja 29 kB, en 25 kB gzipped), the other language never unless chosen; each route’s code and GraphQL documents load with the route.',
      ],
    };
  },
};
