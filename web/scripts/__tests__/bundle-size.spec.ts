import { initialChunks, initialScripts, report, staticImports } from '../bundle-size.js';

const HTML = `<!doctype html>
<html><head>
  <script type="module" crossorigin src="/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
  <link rel="stylesheet" href="/assets/index-123.css">
  <link rel="modulepreload" href="https://cdn.example.com/x.js">
  <script src="/legacy.js"></script>
</head><body><div id="root"></div></body></html>`;

/** A build folder in memory: what each chunk imports. */
const FILES: Record<string, string> = {
  'assets/index-abc.js': `import{a}from"./vendor-def.js";import"./shared-1.js";const r=()=>import("./route-9.js");export{r};`,
  'assets/vendor-def.js': `import{b}from"./shared-1.js";export const a=b;`,
  'assets/shared-1.js': `export const b=${JSON.stringify('x'.repeat(2000))};`,
  'assets/route-9.js': `export default 1;`,
};
const read = (file: string) => {
  if (!(file in FILES)) throw new Error(`not in the build: ${file}`);
  return Buffer.from(FILES[file]);
};

describe('initial bundle size check', () => {
  it('reads the module scripts and modulepreloads of the page, not stylesheets, classic or external scripts', () => {
    expect(initialScripts(HTML)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });

  it('tells static imports from dynamic ones', async () => {
    expect(await staticImports(FILES['assets/index-abc.js'])).toEqual(['./vendor-def.js', './shared-1.js']);
  });

  it('follows static imports transitively, once each, and leaves route chunks out', async () => {
    const chunks = await initialChunks(HTML, read);
    expect(chunks.map((chunk) => chunk.file)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/shared-1.js',
    ]);
    const shared = chunks.find((chunk) => chunk.file === 'assets/shared-1.js')!;
    expect(shared.bytes).toBe(FILES['assets/shared-1.js'].length);
    // Gzip shrinks the repeated text.
    expect(shared.gzip).toBeLessThan(shared.bytes / 10);
  });

  it('passes at the budget and fails above it', () => {
    const chunks = [
      { file: 'assets/a.js', bytes: 300_000, gzip: 100_000 },
      { file: 'assets/b.js', bytes: 200_000, gzip: 70_000 },
    ];
    const within = report(chunks, 170);
    expect(within.ok).toBe(true);
    expect(within.total).toBe(170_000);
    expect(within.text).toContain('total');
    expect(within.text).toMatch(/assets\/a\.js\s+300\.0 kB\s+100\.0 kB/);
    const over = report([...chunks, { file: 'assets/c.js', bytes: 10, gzip: 1 }], 170);
    expect(over.ok).toBe(false);
    expect(over.text).toContain('Over budget: initial JavaScript is 170.00 kB gzipped');
  });
});
