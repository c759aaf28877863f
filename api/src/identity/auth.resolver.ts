import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Allow, PUBLIC, SIGNED_IN } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { ChangeMyPasswordInput } from './dto/password.input';
import { SignInInput } from './dto/sign-in.input';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { InvalidCredentialsError, TooManyAttemptsError } from './identity.errors';
import { setSessionCookie } from './session-cookie';
import { SESSION_COOKIE } from './session.service';
import { User } from './user.entity';

@ObjectType()
export class SignInSuccess {
  @Field(() => User) user: User;
}

const SignInResult = resultUnion(
  'SignInResult',
  () => [SignInSuccess, InvalidCredentialsError, TooManyAttemptsError] as const,
);
const ChangePasswordResult = resultUnion('ChangePasswordResult', () => [User, InvalidCredentialsError] as const);

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  @Allow(PUBLIC)
  me(@Ctx() ctx: RequestContext) {
    return this.auth.me(ctx);
  }

  @Mutation(() => SignInResult)
  @Allow(PUBLIC)
  async signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput) {
    const result = await this.auth.signIn(ctx, input);
    if (!('token' in result)) return result;
    setSessionCookie(ctx.res, result.token, this.config);
    ctx.becomes(result.session);
    return Object.assign(new SignInSuccess(), { user: result.user });
  }

  @Mutation(() => Boolean)
  @Allow(SIGNED_IN)
  async signOut(@Ctx() ctx: RequestContext) {
    await this.auth.signOut(ctx, ctx.user!);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => User)
  @Allow(SIGNED_IN)
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMyProfileInput) {
    return this.auth.updateMyProfile(ctx, input);
  }

  @Mutation(() => ChangePasswordResult)
  @Allow(SIGNED_IN)
  changeMyPassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMyPasswordInput) {
    return this.auth.changeMyPassword(ctx, input);
  }
}
