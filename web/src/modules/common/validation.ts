/** Mirrors the server's password rule so the form can say it before submitting. */
export const PASSWORD_MIN_LENGTH = 12;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isStrongEnough(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH;
}
