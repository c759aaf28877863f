import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';

/** The portal's typed documents, generated from its `graphql(...)` calls (web codegen). */
const GENERATED = join(__dirname, '../../../web/src/gql/graphql.ts'); // from api/src/bench and api/dist/bench alike
const DOCUMENT = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm;

let documents: Map<string, DocumentNode> | undefined;

/**
 * The text of an operation the portal sends, by its name (`Partners`, `BoardProjects`), with its
 * fragments: what a page of the web app really asks the API for. With `rootField`, only that root
 * field of it (and the variables and fragments it uses), when the page asks for more at once.
 */
export function portalDocument(operationName: string, rootField?: string): string {
  documents ??= new Map(
    [...readFileSync(GENERATED, 'utf8').matchAll(DOCUMENT)].map(([, name, json]) => [
      name,
      JSON.parse(json) as DocumentNode,
    ]),
  );
  const doc = documents.get(operationName);
  if (!doc) throw new Error(`the portal has no operation ${operationName} (web/src/gql/graphql.ts)`);
  return print(rootField ? onlyRootField(doc, rootField) : doc);
}

function onlyRootField(doc: DocumentNode, rootField: string): DocumentNode {
  const [operation, ...fragments] = doc.definitions as [OperationDefinitionNode, ...FragmentDefinitionNode[]];
  const selections = operation.selectionSet.selections.filter(
    (s) => s.kind === Kind.FIELD && s.name.value === rootField,
  );
  if (selections.length === 0) throw new Error(`${operation.name?.value} does not ask for ${rootField}`);
  const byName = new Map(fragments.map((f) => [f.name.value, f]));
  const kept = new Set<string>();
  const variables = new Set<string>();
  const walk = (node: DefinitionNode | OperationDefinitionNode['selectionSet']) =>
    visit(node, {
      Variable: (v) => void variables.add(v.name.value),
      FragmentSpread: (s) => {
        if (kept.has(s.name.value)) return;
        kept.add(s.name.value);
        walk(byName.get(s.name.value)!);
      },
    });
  const selectionSet = { ...operation.selectionSet, selections };
  walk(selectionSet);
  return {
    ...doc,
    definitions: [
      {
        ...operation,
        selectionSet,
        variableDefinitions: operation.variableDefinitions?.filter((d) => variables.has(d.variable.name.value)),
      },
      ...fragments.filter((f) => kept.has(f.name.value)),
    ],
  };
}
