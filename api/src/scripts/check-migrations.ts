import 'reflect-metadata';
import { pendingSchemaChanges } from '../database/schema-diff';
import { withScratchDatabase } from '../database/scratch-database';

/** Fails when entities and migrations drift: CI runs it on a scratch database. */
void withScratchDatabase(pendingSchemaChanges).then(
  ({ up }) => {
    if (up.length) {
      console.error(
        `Entities and migrations drift; run "npm run migration:generate -- <Name>". Pending:\n${up.join(';\n')}`,
      );
      process.exit(1);
    }
    console.log('migrations: entities and migrations agree');
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
