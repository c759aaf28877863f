import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** The SQL that would bring a migrated database in line with the entities (empty = no drift). */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await ds.destroy();
  }
}
