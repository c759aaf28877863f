import { join } from 'node:path';
import { type DocumentNode, Kind, type SelectionSetNode, visit } from 'graphql';

const GENERATED = join(__dirname, '..', '..', '..', '..', 'web', 'src', 'gql', 'graphql.ts');

/**
 * Every operation the web portal sends: the typed documents GraphQL Code Generator writes from
 * the `graphql(...)` sources under `web/src` (exported as `…Document`; fragments travel inside
 * the operations that spread them). Loaded at run time: the file lies outside the api project.
 */
export function portalDocuments(): { name: string; document: DocumentNode }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous, so test names can count them
  const generated = require(GENERATED) as Record<string, unknown>;
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
    .map(([name, document]) => ({
      name: name.replace(/Document$/, ''),
      document: withTypenames(document as DocumentNode),
    }));
}

/**
 * The document as Apollo Client puts it on the wire: its cache adds `__typename` to every
 * selection set but the operation's root, which counts against the cost and token limits.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION)
          return;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    },
  });
}
