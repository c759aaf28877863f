import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { MESSAGES } from '../locales';
import { sourceFiles, SRC } from './source-files';

const { en, ja } = MESSAGES;

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const jaKeys = flatten(ja);
const enKeys = flatten(en);

/** Keys written literally in the code: t('a.b'), i18n.t('a.b') and `…Key: 'a.b'` config entries. */
function usedKeys(): { key: string; file: string }[] {
  const patterns = [/\bt\(\s*['"]([\w.-]+)['"]/g, /\b\w*Key:\s*['"]([\w.-]+)['"]/g];
  const found: { key: string; file: string }[] = [];
  for (const { path, text } of sourceFiles(['.ts', '.tsx'])) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.push({ key: match[1], file: path });
    }
  }
  return found;
}

describe('locales', () => {
  it('ja and en have exactly the same keys', () => {
    expect([...jaKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('has no empty messages', () => {
    const empty = [...jaKeys, ...enKeys].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...jaKeys].filter(([key, value]) => vars(value).join() !== vars(enKeys.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('defines every key the code uses', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter(({ key }) => !jaKeys.has(key)).map(({ key, file }) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('labels every value of the enums shown in the UI (t(`enums.<Enum>.${value}`))', () => {
    const schema = buildSchema(readFileSync(join(SRC, '..', '..', 'api', 'schema.gql'), 'utf8'));
    const missing: string[] = [];
    for (const name of ['Role', 'Locale', 'PartnerKind', 'PartnerStatus']) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
      for (const value of type.getValues()) {
        if (!jaKeys.has(`enums.${name}.${value.name}`)) missing.push(`${name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
