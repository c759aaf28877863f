import { SetMetadata } from '@nestjs/common';
import { Role } from '@baton/shared';

export const ALLOW_KEY = 'baton:allow';

/** Anyone, signed in or not (sign-in, health). */
export const PUBLIC = 'PUBLIC';
/** Any signed-in user, whatever the role (their own profile). */
export const SIGNED_IN = 'SIGNED_IN';

/**
 * An integration calling with its API key. Only operations that declare it accept one, and an
 * integration can call nothing else (not even PUBLIC or SIGNED_IN operations).
 */
export const INTEGRATION = 'INTEGRATION';

export type Access = typeof PUBLIC | typeof SIGNED_IN | typeof INTEGRATION | Role;

/**
 * Declares who may call a query, mutation, field resolver or route. Read by the global
 * `AccessGuard`; an operation without it is refused, and a test lists every declaration.
 */
export const Allow = (...access: Access[]) => SetMetadata(ALLOW_KEY, access);

export const ANY_ROLE: Role[] = Object.values(Role);
export const VENDOR: Role[] = [Role.VENDOR_ADMIN, Role.VENDOR_STAFF];
export const PROGRAM_READERS: Role[] = [Role.VENDOR_ADMIN, Role.VENDOR_STAFF, Role.AUDITOR];
