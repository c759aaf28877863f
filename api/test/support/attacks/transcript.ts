import type { DataSource } from 'typeorm';

/**
 * Everything a run showed the outside world, labelled by where it was seen (a response body, a
 * Set-Cookie header, the logs, a table), so a test can ask where a secret surfaced.
 */
export class Transcript {
  private readonly entries: { place: string; text: string }[] = [];

  add(place: string, text: string): void {
    this.entries.push({ place, text });
  }

  /** The places a secret appeared, in order, a place once per occurrence. */
  placesOf(secret: string): string[] {
    return this.entries.flatMap((e) => Array<string>(e.text.split(secret).length - 1).fill(e.place));
  }
}

/** Each table of the database as text, every row and column (`table` as the place). */
export async function tablesAsText(db: DataSource): Promise<{ table: string; text: string }[]> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await db.query(`SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM "${name}" t`);
      return { table: name, text: row.text as string };
    }),
  );
}
