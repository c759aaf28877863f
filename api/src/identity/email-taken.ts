import type { EntityManager } from 'typeorm';

/**
 * Whether any user of any firm has the address (addresses are unique across firms). A partner
 * user's transaction sees only its own firm's users under row-level security, so this asks the
 * SECURITY DEFINER function of migration RowLevelSecurity, which answers only yes or no.
 */
export async function emailTaken(manager: EntityManager, email: string): Promise<boolean> {
  const [row] = await manager.query<{ taken: boolean }[]>(`SELECT user_email_taken($1) AS taken`, [email]);
  return row.taken;
}
