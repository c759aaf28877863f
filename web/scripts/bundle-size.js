import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** One attribute of an HTML tag: name="value", name='value', name=value or a bare name. */
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const TAG = /<(script|link)\b([^>]*)>/gi;

function attributes(source) {
  const out = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    out[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return out;
}

/**
 * The JavaScript the page asks for up front: module scripts and modulepreload links, as paths
 * under the build folder. External URLs are left out (they are not ours to size).
 */
export function initialScripts(html) {
  const found = [];
  for (const [, tag, rest] of html.matchAll(TAG)) {
    const attrs = attributes(rest);
    const url =
      tag.toLowerCase() === 'script'
        ? attrs.type === 'module' && attrs.src
        : attrs.rel === 'modulepreload' && attrs.href;
    if (!url || /^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) continue;
    const file = posix.normalize(url.split(/[?#]/)[0].replace(/^\//, ''));
    if (!found.includes(file)) found.push(file);
  }
  return found;
}

/** Relative specifiers a chunk imports statically (`import … from`, `export … from`, bare `import '…'`). */
export async function staticImports(code) {
  await init;
  const [imports] = parse(code);
  // `d === -1` is a static import; dynamic imports and import.meta are left for the route that needs them.
  return imports.filter((entry) => entry.d === -1 && entry.n && /^\.{1,2}\//.test(entry.n)).map((entry) => entry.n);
}

/**
 * Every file loaded before the first route chunk: the page's scripts and preloads, and whatever they
 * import statically, transitively. `read(file)` gives a file's bytes (paths relative to the build folder).
 */
export async function initialChunks(html, read) {
  const queue = initialScripts(html);
  const seen = new Set(queue);
  const chunks = [];
  while (queue.length > 0) {
    const file = queue.shift();
    const bytes = read(file);
    chunks.push({ file, bytes: bytes.length, gzip: gzipSync(bytes).length });
    for (const specifier of await staticImports(bytes.toString('utf8'))) {
      const next = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return chunks;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A table of the chunks (largest gzip first), their total and the verdict against the budget. */
export function report(chunks, budgetKb) {
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const raw = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
  const rows = [...chunks].sort((a, b) => b.gzip - a.gzip).map((c) => [c.file, kb(c.bytes), kb(c.gzip)]);
  rows.push(['total', kb(raw), kb(total)]);
  const width = Math.max(...rows.map(([file]) => file.length), 'file'.length);
  const line = ([file, size, gzip]) => `${file.padEnd(width)}  ${size.padStart(10)}  ${gzip.padStart(10)}`;
  const ok = total <= budgetKb * 1000;
  const exact = `${(total / 1000).toFixed(2)} kB`;
  const lines = [
    line(['file', 'raw', 'gzip']),
    ...rows.slice(0, -1).map(line),
    '-'.repeat(width + 24),
    line(rows.at(-1)),
    ok
      ? `OK: initial JavaScript is ${exact} gzipped, within the ${budgetKb} kB budget.`
      : `Over budget: initial JavaScript is ${exact} gzipped, more than the ${budgetKb} kB budget (web/bundle-budget.json).`,
  ];
  return { ok, total, text: lines.join('\n') };
}
