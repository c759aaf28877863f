import type { Plugin } from 'vite';

/** One document as codegen writes it in src/gql/graphql.ts: a single line of JSON AST. */
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = '\0gql-document:';

/**
 * Gives each generated document a module of its own. A bundler places a module in one chunk only,
 * so with every document in src/gql/graphql.ts, the documents of all routes would load with the
 * first page that needs any; one module per document lets each travel with the route that uses it.
 * graphql.ts keeps its exports (now re-exports), so imports of it are unchanged.
 */
export function splitGqlDocuments(generatedFile: string): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'baton:split-gql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (id !== generatedFile) return undefined;
      const split = code.replace(DOCUMENT, (_line, name: string, ast: string) => {
        documents.set(name, ast);
        return `export { ${name} } from '${PREFIX}${name}';`;
      });
      if (documents.size === 0) this.error(`no documents found in ${id}: has the codegen output changed?`);
      return { code: split, map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const name = id.slice(PREFIX.length);
      return `export const ${name} = ${documents.get(name)};`;
    },
  };
}
