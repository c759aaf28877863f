import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CreateUserInput } from './dto/create-user.input';
import { ResetPasswordInput } from './dto/password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UserListArgs } from './dto/user-list.args';
import {
  CannotChangeOwnRoleError,
  CannotDeactivateSelfError,
  EmailAlreadyUsedError,
  PartnerNotAllowedError,
  PartnerRequiredError,
} from './identity.errors';
import { User } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
class UserList extends Paginated(User, 'User') {}

const CreateUserResult = resultUnion(
  'CreateUserResult',
  () => [User, EmailAlreadyUsedError, PartnerRequiredError, PartnerNotAllowedError] as const,
);
const UpdateUserResult = resultUnion(
  'UpdateUserResult',
  () =>
    [
      User,
      NotFoundError,
      EmailAlreadyUsedError,
      PartnerRequiredError,
      PartnerNotAllowedError,
      CannotChangeOwnRoleError,
    ] as const,
);
const SetUserActiveResult = resultUnion(
  'SetUserActiveResult',
  () => [User, NotFoundError, CannotDeactivateSelfError] as const,
);
const ResetUserPasswordResult = resultUnion('ResetUserPasswordResult', () => [User, NotFoundError] as const);

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly partnersService: PartnersService,
  ) {}

  @Query(() => UserList)
  @Allow(Role.VENDOR_ADMIN)
  users(@Ctx() ctx: RequestContext, @Args() args: UserListArgs) {
    return this.usersService.list(ctx, args);
  }

  @Query(() => User, { nullable: true })
  @Allow(Role.VENDOR_ADMIN)
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.usersService.get(ctx, id);
  }

  @Mutation(() => CreateUserResult)
  @Allow(Role.VENDOR_ADMIN)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput) {
    return this.usersService.create(ctx, input);
  }

  @Mutation(() => UpdateUserResult)
  @Allow(Role.VENDOR_ADMIN)
  updateUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateUserInput,
  ) {
    return this.usersService.update(ctx, id, input);
  }

  @Mutation(() => SetUserActiveResult)
  @Allow(Role.VENDOR_ADMIN)
  deactivateUser(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.usersService.setActive(ctx, id, false);
  }

  @Mutation(() => SetUserActiveResult)
  @Allow(Role.VENDOR_ADMIN)
  reactivateUser(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.usersService.setActive(ctx, id, true);
  }

  @Mutation(() => ResetUserPasswordResult)
  @Allow(Role.VENDOR_ADMIN)
  resetUserPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput) {
    return this.usersService.resetPassword(ctx, input);
  }

  @ResolveField(() => Partner, { nullable: true, description: 'The firm of a partner user (batched).' })
  @Allow(...ANY_ROLE)
  partner(@Ctx() ctx: RequestContext, @Parent() user: User) {
    return user.partnerId ? this.partnersService.get(ctx, user.partnerId) : null;
  }
}
