import ts from 'typescript';
import { sourceFiles } from './source-files';

/** Text that is the same in every language: the product name and each language's own name. */
const ALLOWED = new Set(['Baton', '日本語', 'English']);
const TEXT_PROPS = new Set(['label', 'placeholder', 'title', 'aria-label', 'description', 'alt']);
/** Latin letters, kana and kanji: anything a person would read as words. */
const LETTERS = /[A-Za-z\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

function isHardCoded(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && LETTERS.test(trimmed) && !ALLOWED.has(trimmed);
}

/** Finds JSX text and string-literal text props in one .tsx source. */
export function findHardCodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isHardCoded(node.text)) {
      found.push(`${where(node)} text "${node.text.trim()}"`);
    }
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal && isHardCoded(literal.text)) {
        found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no hard-coded text', () => {
  it('finds text in JSX and in text props (self-check)', () => {
    const sample = `
      const A = () => <Text>Hello</Text>;
      const B = () => <TextInput label="Email" placeholder={'検索'} aria-label="Close" />;
      const C = () => <Title>Baton</Title>;
      const D = () => <Text>{t('ok')} · 42</Text>;
      const E = () => <Button title={t('x')} data-testid="sign-in" />;
    `;
    expect(findHardCodedText('sample.tsx', sample)).toEqual([
      'sample.tsx:2 text "Hello"',
      'sample.tsx:3 label="Email"',
      'sample.tsx:3 placeholder="検索"',
      'sample.tsx:3 aria-label="Close"',
    ]);
  });

  it('every visible string in src goes through i18n', () => {
    const files = sourceFiles(['.tsx']);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap(({ path, text }) => findHardCodedText(path, text));
    expect(found).toEqual([]);
  });
});
