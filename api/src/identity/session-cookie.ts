import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './session.service';

/** The session cookie: HttpOnly, SameSite=Strict, Secure in production. */
export function setSessionCookie(res: Response | undefined, token: string, config: AppConfig): void {
  res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.sessionTtlHours * 3_600_000,
  });
}
