/** Escapes `%`, `_` and backslash so user text matches literally inside an (I)LIKE pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
