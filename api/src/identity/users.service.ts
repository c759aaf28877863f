import { Injectable } from '@nestjs/common';
import { isPartnerRole } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import { isUniqueViolation } from '../common/errors/unique-violation';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { PartnersService } from '../partners/partners.service';
import { emailTaken } from './email-taken';
import type { CreateUserInput } from './dto/create-user.input';
import type { ResetPasswordInput } from './dto/password.input';
import type { UpdateUserInput } from './dto/update-user.input';
import type { UserListArgs } from './dto/user-list.args';
import {
  CannotChangeOwnRoleError,
  CannotDeactivateSelfError,
  EmailAlreadyUsedError,
  PartnerNotAllowedError,
  PartnerRequiredError,
} from './identity.errors';
import { hashPassword } from './password-hasher';
import { SessionService } from './session.service';
import { User } from './user.entity';
import { publicUser } from './user-audit';
import { normalizeEmail } from './auth.service';

type PartnerMismatch = PartnerRequiredError | PartnerNotAllowedError;
type UpdateResult = User | NotFoundError | EmailAlreadyUsedError | PartnerMismatch | CannotChangeOwnRoleError;

/** User administration by the vendor admin. */
@Injectable()
export class UsersService {
  constructor(
    private readonly sessions: SessionService,
    private readonly partners: PartnersService,
  ) {}

  async list(ctx: RequestContext, args: UserListArgs): Promise<Page<User>> {
    const qb = scopedQuery(ctx, User, 'u');
    const f = args.filter ?? {};
    if (f.search) {
      qb.andWhere('(u.email ILIKE :q OR u.displayName ILIKE :q)', { q: `%${escapeLike(f.search.trim())}%` });
    }
    if (f.role) qb.andWhere('u.role = :role', { role: f.role });
    if (f.partnerId) qb.andWhere('u.partnerId = :partnerId', { partnerId: f.partnerId });
    if (f.active !== undefined) qb.andWhere('u.active = :active', { active: f.active });
    qb.orderBy(`u.${args.sort?.field ?? 'createdAt'}`, args.sort?.direction ?? 'DESC').addOrderBy('u.id', 'ASC');
    const [items, totalItems] = await qb.skip(args.skip).take(args.take).getManyAndCount();
    return { items, totalItems };
  }

  async get(ctx: RequestContext, id: string): Promise<User | null> {
    return scopedQuery(ctx, User, 'u').andWhere('u.id = :id', { id }).getOne();
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User | EmailAlreadyUsedError | PartnerMismatch> {
    const email = normalizeEmail(input.email);
    const invalid =
      (await this.checkPartner(ctx, input.role, input.partnerId ?? null)) ?? (await this.checkEmail(ctx, email));
    if (invalid) return invalid;
    const repo = ctx.manager.getRepository(User);
    const user = await this.saveUnique(
      ctx,
      repo.create({
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        partnerId: input.partnerId ?? null,
        locale: input.locale ?? ctx.locale,
        passwordHash: await hashPassword(input.password),
      }),
    );
    if (!(user instanceof User)) return user;
    ctx.audit({ action: 'user.create', entityType: 'User', entityId: user.id, after: publicUser(user) });
    return user;
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UpdateResult> {
    const user = await this.forUpdate(ctx, id);
    if (!user) return new NotFoundError(ctx, 'user');
    // A field sent as null, like one left out, stays as it is; but `partnerId: null` takes the user out of the firm.
    if (id === ctx.user?.id && input.role != null && input.role !== user.role) return new CannotChangeOwnRoleError(ctx);
    const before = publicUser(user);
    const role = input.role ?? user.role;
    const partnerId = input.partnerId !== undefined ? input.partnerId : isPartnerRole(role) ? user.partnerId : null;
    const email = input.email != null ? normalizeEmail(input.email) : user.email;
    const invalid =
      (await this.checkPartner(ctx, role, partnerId)) ??
      (email !== user.email ? await this.checkEmail(ctx, email) : undefined);
    if (invalid) return invalid;
    Object.assign(user, { email, role, partnerId });
    if (input.displayName != null) user.displayName = input.displayName.trim();
    if (input.locale != null) user.locale = input.locale;
    const saved = await this.saveUnique(ctx, user);
    if (!(saved instanceof User)) return saved;
    // A change of role or firm changes what the user may see: their sessions start over.
    if (role !== before.role || partnerId !== before.partnerId) await this.sessions.closeAllOf(ctx, id);
    ctx.audit({ action: 'user.update', entityType: 'User', entityId: id, before, after: publicUser(saved) });
    return saved;
  }

  /** Deactivation ends every session of the user in the same transaction. */
  async setActive(
    ctx: RequestContext,
    id: string,
    active: boolean,
  ): Promise<User | NotFoundError | CannotDeactivateSelfError> {
    if (!active && id === ctx.user?.id) return new CannotDeactivateSelfError(ctx);
    const user = await this.forUpdate(ctx, id);
    if (!user) return new NotFoundError(ctx, 'user');
    const before = publicUser(user);
    user.active = active;
    const saved = await ctx.manager.getRepository(User).save(user);
    if (!active) await this.sessions.closeAllOf(ctx, id);
    ctx.audit({
      action: active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'User',
      entityId: id,
      before,
      after: publicUser(saved),
    });
    return saved;
  }

  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<User | NotFoundError> {
    const user = await this.forUpdate(ctx, input.userId);
    if (!user) return new NotFoundError(ctx, 'user');
    user.passwordHash = await hashPassword(input.newPassword);
    const saved = await ctx.manager.getRepository(User).save(user);
    await this.sessions.closeAllOf(ctx, user.id);
    ctx.audit({ action: 'user.resetPassword', entityType: 'User', entityId: user.id });
    return saved;
  }

  /** Two admins racing for one e-mail address: the database decides, the loser gets the typed error. */
  private async saveUnique(ctx: RequestContext, user: User): Promise<User | EmailAlreadyUsedError> {
    try {
      return await ctx.manager.getRepository(User).save(user);
    } catch (e) {
      if (isUniqueViolation(e, 'user_email_key')) return new EmailAlreadyUsedError(ctx, user.email);
      throw e;
    }
  }

  private forUpdate(ctx: RequestContext, id: string): Promise<User | null> {
    return scopedQuery(ctx, User, 'u').andWhere('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  private async checkEmail(ctx: RequestContext, email: string): Promise<EmailAlreadyUsedError | undefined> {
    return (await emailTaken(ctx.manager, email)) ? new EmailAlreadyUsedError(ctx, email) : undefined;
  }

  private async checkPartner(ctx: RequestContext, role: User['role'], partnerId: string | null) {
    if (!isPartnerRole(role)) return partnerId ? new PartnerNotAllowedError(ctx) : undefined;
    if (!partnerId || !(await this.partners.exists(ctx, partnerId))) return new PartnerRequiredError(ctx);
    return undefined;
  }
}
