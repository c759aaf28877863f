import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pendingSchemaChanges } from '../database/schema-diff';
import { withScratchDatabase } from '../database/scratch-database';

/** `npm run migration:generate -- AddCapacityPlans`: writes src/database/migrations/<ts>-<Name>.ts to review. */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}

void withScratchDatabase(pendingSchemaChanges).then(({ up, down }) => {
  if (!up.length) {
    console.log('no changes: entities and migrations agree');
    return;
  }
  const ts = Date.now();
  const literal = (s: string) => '`' + s.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
  const q = (lines: string[]) => lines.map((s) => `    await q.query(${literal(s)});`).join('\n');
  const file = join(__dirname, '..', '..', 'src', 'database', 'migrations', `${ts}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(q: QueryRunner): Promise<void> {
${q(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${q(down)}
  }
}
`,
  );
  writeIndex(dirname(file));
  console.log(`written ${file} and the migrations index: review both`);
});

/** index.ts lists every migration file of the folder, oldest first. */
function writeIndex(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const classes = files.map((f) => {
    const [ts, rest] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, ''), name: `${rest}${ts}` };
  });
  writeFileSync(
    join(dir, 'index.ts'),
    `${classes.map((c) => `import { ${c.name} } from './${c.file}';`).join('\n')}

/** Every migration, oldest first. \`npm run migration:generate -- <Name>\` writes the next one. */
export const MIGRATIONS = [${classes.map((c) => c.name).join(', ')}];
`,
  );
}
