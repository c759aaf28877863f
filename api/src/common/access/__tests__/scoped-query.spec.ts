import { DataSource } from 'typeorm';
import { Role } from '@baton/shared';
import { AuditLogEntry } from '../../../audit/audit-log-entry.entity';
import { ENTITIES } from '../../../database/data-source-options';
import { SnakeNamingStrategy } from '../../../database/snake-naming.strategy';
import { User } from '../../../identity/user.entity';
import { Partner } from '../../../partners/partner.entity';
import { RequestContext } from '../../context/request-context';
import { scopedQuery } from '../scoped-query';

class Unscoped {}

let ds: DataSource;
beforeAll(async () => {
  ds = new DataSource({ type: 'postgres', entities: ENTITIES, namingStrategy: new SnakeNamingStrategy() });
  // Metadata only: no connection is opened, the SQL is inspected, never run.
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
});

const as = (role: Role, partnerId: string | null = null) =>
  new RequestContext(
    'r',
    'en',
    { id: 'u', email: 'u@x', role, partnerId, locale: 'en', sessionId: 's' },
    ds.manager,
    '::1',
  );

describe('scopedQuery', () => {
  it('filters a partner user’s rows by their firm, in SQL', () => {
    const qb = scopedQuery(as(Role.PARTNER_MEMBER, 'firm-a'), User, 'u').andWhere('u.active = true');
    expect(qb.getQuery()).toMatch(/WHERE "u"\."partner_id" = :scopePartnerId AND \(?"?u"?\.?"?active"? = true\)?/);
    expect(qb.getParameters()).toEqual({ scopePartnerId: 'firm-a' });
  });

  it('uses the firm id itself for the partner table', () => {
    expect(scopedQuery(as(Role.PARTNER_ADMIN, 'firm-a'), Partner, 'p').getQuery()).toContain(
      '"p"."id" = :scopePartnerId',
    );
  });

  it('gives partner users no program-wide rows at all', () => {
    expect(scopedQuery(as(Role.PARTNER_ADMIN, 'firm-a'), AuditLogEntry, 'e').getQuery()).toContain('WHERE 1 = 0');
  });

  it('leaves vendor staff and auditors unfiltered', () => {
    for (const role of [Role.VENDOR_ADMIN, Role.VENDOR_STAFF, Role.AUDITOR]) {
      expect(scopedQuery(as(role), User, 'u').getQuery()).not.toContain('WHERE');
    }
  });

  it('refuses where()/orWhere() that would drop or widen the firm filter', () => {
    const qb = scopedQuery(as(Role.PARTNER_ADMIN, 'firm-a'), User, 'u');
    expect(() => qb.where('1 = 1')).toThrow(/andWhere/);
    expect(() => qb.orWhere('1 = 1')).toThrow(/andWhere/);
  });

  it('refuses an entity that declares no scope', () => {
    expect(() => scopedQuery(as(Role.VENDOR_ADMIN), Unscoped as never, 'x')).toThrow(/declares no scope/);
  });
});
