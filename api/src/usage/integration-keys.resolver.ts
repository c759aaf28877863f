import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { UuidPipe } from '../common/uuid.pipe';
import { CreateIntegrationKeyInput } from './dto/usage.inputs';
import { CreatedIntegrationKey } from './dto/usage.types';
import { IntegrationKey } from './integration-key.entity';
import { IntegrationKeysService } from './integration-keys.service';
import { IntegrationKeyRevokedError } from './usage.errors';

const RevokeIntegrationKeyResult = resultUnion(
  'RevokeIntegrationKeyResult',
  () => [IntegrationKey, NotFoundError, IntegrationKeyRevokedError] as const,
);

/** Vendor admins manage the API keys of the product's integrations. */
@Resolver(() => IntegrationKey)
export class IntegrationKeysResolver {
  constructor(private readonly keys: IntegrationKeysService) {}

  @Query(() => [IntegrationKey], { description: 'Newest first, revoked ones included.' })
  @Allow(Role.VENDOR_ADMIN)
  integrationKeys(@Ctx() ctx: RequestContext) {
    return this.keys.list(ctx);
  }

  @Mutation(() => CreatedIntegrationKey, { description: 'The secret is in this answer only; only its hash is kept.' })
  @Allow(Role.VENDOR_ADMIN)
  async createIntegrationKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateIntegrationKeyInput) {
    const { key, secret } = await this.keys.create(ctx, input.name);
    return new CreatedIntegrationKey(key, secret);
  }

  @Mutation(() => RevokeIntegrationKeyResult, { description: 'The key is refused from the next request on.' })
  @Allow(Role.VENDOR_ADMIN)
  revokeIntegrationKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.keys.revoke(ctx, id);
  }
}
