import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context';

const SCOPE = Symbol('baton:scope');

type Scope = { kind: 'partner'; column: string } | { kind: 'program' };
type EntityClass<T> = { new (...args: never[]): T };

/** Rows owned by one partner firm; `column` holds the firm's id. */
export const PartnerScoped =
  (column: string): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(SCOPE, { kind: 'partner', column } satisfies Scope, target);
  };

/** Rows no partner user ever reads through the scoped helper (program-wide data). */
export const ProgramWide = (): ClassDecorator => (target) => {
  Reflect.defineMetadata(SCOPE, { kind: 'program' } satisfies Scope, target);
};

/**
 * The app's own firm filter. Only the row-level security test switches it off, to show that the
 * database's policies alone keep every other firm's rows away.
 */
export const appFirmFilter = { enabled: true };

/**
 * The one way services read rows a partner might see. For a partner user it adds
 * `alias.<firm column> = ctx.partnerId` in SQL; program-wide rows are refused outright to
 * partner users. An entity without a scope declaration cannot be queried here at all.
 */
export function scopedQuery<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  alias: string,
): SelectQueryBuilder<T> {
  const scope = Reflect.getMetadata(SCOPE, entity) as Scope | undefined;
  if (!scope) throw new Error(`${entity.name} declares no scope (@PartnerScoped or @ProgramWide)`);
  const qb = ctx.manager.getRepository(entity).createQueryBuilder(alias);
  if (!ctx.isPartnerUser || !appFirmFilter.enabled) return qb;
  if (scope.kind === 'program' || !ctx.partnerId) return sealed(qb.where('1 = 0'));
  return sealed(qb.where(`${alias}.${scope.column} = :scopePartnerId`, { scopePartnerId: ctx.partnerId }));
}

/** `where()` would replace the firm filter and `orWhere()` widen it: only `andWhere()` may follow. */
function sealed<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const refuse = (): never => {
    throw new Error('a scoped query takes andWhere() only: where()/orWhere() would drop the firm filter');
  };
  return Object.assign(qb, { where: refuse, orWhere: refuse });
}
