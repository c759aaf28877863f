import { Inject } from '@nestjs/common';
import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PUBLIC } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SignInSuccess } from './auth.resolver';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { EmailAlreadyUsedError, InvitationInvalidError } from './identity.errors';
import { InvitationsService } from './invitations.service';
import { setSessionCookie } from './session-cookie';

@ObjectType({ description: 'What the invitation page shows before the invitee sets a password.' })
class InvitationPreview {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() partnerName: string;
  @Field() expiresAt: Date;
}

const AcceptInvitationResult = resultUnion(
  'AcceptInvitationResult',
  () => [SignInSuccess, InvitationInvalidError, EmailAlreadyUsedError] as const,
);

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => InvitationPreview, { nullable: true, description: 'Null when the link is unknown, used or expired.' })
  @Allow(PUBLIC)
  invitation(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    return this.invitations.preview(ctx, token);
  }

  @Mutation(() => AcceptInvitationResult, { description: 'Creates the account of an invitation and signs it in.' })
  @Allow(PUBLIC)
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput) {
    const result = await this.invitations.accept(ctx, input);
    if (!('token' in result)) return result;
    setSessionCookie(ctx.res, result.token, this.config);
    ctx.becomes(result.session);
    return Object.assign(new SignInSuccess(), { user: result.user });
  }
}
