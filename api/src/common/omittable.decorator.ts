import { ValidateIf } from 'class-validator';

/**
 * For update inputs: the field may be left out, but not cleared. Unlike `@IsOptional()`, a
 * `null` is validated (and refused by the field's rules) instead of slipping through to a
 * NOT NULL column.
 */
export const Omittable = () => ValidateIf((_: object, value: unknown) => value !== undefined);
