import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IntegrationPrincipal, RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { IntegrationKey } from './integration-key.entity';
import { IntegrationKeyRevokedError } from './usage.errors';

/** Keys start with this marker so a leaked one is recognizable (e.g. by secret scanners). */
export const KEY_MARKER = 'baton_';
const PREFIX_LENGTH = KEY_MARKER.length + 6;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new key and its secret: the only moment the secret exists outside the integration. */
export interface CreatedKey {
  key: IntegrationKey;
  secret: string;
}

/** API keys of the vendor product's integrations: created and revoked by vendor admins. */
@Injectable()
export class IntegrationKeysService {
  constructor(private readonly dataSource: DataSource) {}

  list(ctx: RequestContext): Promise<IntegrationKey[]> {
    return ctx.manager.getRepository(IntegrationKey).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async create(ctx: RequestContext, name: string): Promise<CreatedKey> {
    const secret = KEY_MARKER + randomBytes(24).toString('base64url');
    const repo = ctx.manager.getRepository(IntegrationKey);
    const key = await repo.save(
      repo.create({
        name,
        prefix: secret.slice(0, PREFIX_LENGTH),
        secretHash: hashSecret(secret),
        createdByEmail: ctx.user!.email,
        revokedAt: null,
        revokedByEmail: null,
        lastUsedAt: null,
      }),
    );
    ctx.audit({
      action: 'integrationKey.create',
      entityType: 'IntegrationKey',
      entityId: key.id,
      after: { name: key.name, prefix: key.prefix },
    });
    return { key, secret };
  }

  async revoke(ctx: RequestContext, id: string): Promise<IntegrationKey | NotFoundError | IntegrationKeyRevokedError> {
    const repo = ctx.manager.getRepository(IntegrationKey);
    const key = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!key) return new NotFoundError(ctx, 'integrationKey');
    if (key.revokedAt) return new IntegrationKeyRevokedError(ctx, key.revokedAt.toISOString().slice(0, 10));
    Object.assign(key, { revokedAt: new Date(), revokedByEmail: ctx.user!.email });
    const saved = await repo.save(key);
    ctx.audit({
      action: 'integrationKey.revoke',
      entityType: 'IntegrationKey',
      entityId: key.id,
      before: { name: key.name, prefix: key.prefix, revokedAt: null },
      after: { name: key.name, prefix: key.prefix, revokedAt: saved.revokedAt },
    });
    return saved;
  }

  /**
   * The integration a bearer secret belongs to, if the key is live; marks it used. One statement,
   * outside any transaction (the request context is not built yet): a revoked key fails at once.
   */
  async resolve(secret: string): Promise<IntegrationPrincipal | null> {
    const [rows]: [{ id: string; name: string; prefix: string }[]] = await this.dataSource.query(
      `UPDATE integration_key SET last_used_at = now()
        WHERE secret_hash = $1 AND revoked_at IS NULL
        RETURNING id, name, prefix`,
      [hashSecret(secret)],
    );
    const row = rows[0];
    return row ? { keyId: row.id, name: row.name, prefix: row.prefix } : null;
  }
}
