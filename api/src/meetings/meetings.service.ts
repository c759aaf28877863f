import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { ProjectsService } from '../onboarding/projects.service';
import { PartnersService } from '../partners/partners.service';
import type { CompleteActionItemInput, MeetingListArgs, RecordMeetingInput } from './dto/meeting.inputs';
import { ActionItem, Meeting } from './meeting.entity';
import { ActionItemDoneError } from './meetings.errors';

/** Progress meetings between vendor staff and a firm: notes, action items, linked projects. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly partners: PartnersService,
    private readonly projects: ProjectsService,
    private readonly clock: Clock,
  ) {}

  async record(ctx: RequestContext, input: RecordMeetingInput): Promise<Meeting | NotFoundError> {
    if (!(await this.partners.get(ctx, input.partnerId))) return new NotFoundError(ctx, 'partner');
    const linked = await Promise.all(input.projectIds.map((id) => this.projects.get(ctx, id)));
    if (linked.some((p) => !p || p.partnerId !== input.partnerId)) return new NotFoundError(ctx, 'project');
    const repo = ctx.manager.getRepository(Meeting);
    const { actionItems, ...fields } = input;
    const meeting = await repo.save(
      repo.create({
        ...fields,
        attendees: input.attendees.map((a) => a.trim()).filter(Boolean),
        createdByEmail: ctx.user?.email ?? null,
      }),
    );
    if (actionItems.length)
      await ctx.manager.getRepository(ActionItem).insert(
        actionItems.map((a) => ({
          ...a,
          dueDate: a.dueDate ?? null,
          meetingId: meeting.id,
          partnerId: meeting.partnerId,
        })),
      );
    ctx.audit({
      action: 'meeting.record',
      entityType: 'Meeting',
      entityId: meeting.id,
      after: { partnerId: input.partnerId, date: input.date, title: input.title, actionItems: actionItems.length },
    });
    return meeting;
  }

  /** Vendor staff, or the firm's admin, mark an action item done. */
  async completeActionItem(
    ctx: RequestContext,
    input: CompleteActionItemInput,
  ): Promise<ActionItem | NotFoundError | ActionItemDoneError> {
    const item = await scopedQuery(ctx, ActionItem, 'a')
      .andWhere('a.id = :id', { id: input.actionItemId })
      .setLock('pessimistic_write')
      .getOne();
    if (!item) return new NotFoundError(ctx, 'actionItem');
    if (item.doneAt) return new ActionItemDoneError(ctx);
    Object.assign(item, { doneAt: this.clock.now(), doneByEmail: ctx.user?.email ?? null });
    await ctx.manager.getRepository(ActionItem).save(item);
    ctx.audit({
      action: 'meeting.actionItemDone',
      entityType: 'ActionItem',
      entityId: item.id,
      after: { description: item.description },
    });
    return item;
  }

  async list(ctx: RequestContext, args: MeetingListArgs): Promise<Page<Meeting>> {
    const qb = scopedQuery(ctx, Meeting, 'm');
    if (args.filter?.partnerId) qb.andWhere('m.partnerId = :partnerId', { partnerId: args.filter.partnerId });
    const [items, totalItems] = await qb
      .orderBy('m.date', 'DESC')
      .addOrderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  get(ctx: RequestContext, id: string): Promise<Meeting | null> {
    return scopedQuery(ctx, Meeting, 'm').andWhere('m.id = :id', { id }).getOne();
  }

  actionItemsOf(ctx: RequestContext, meetingId: string): Promise<ActionItem[]> {
    return ctx
      .loader<ActionItem[]>('meeting.actionItems', async (ids) => {
        const rows = await scopedQuery(ctx, ActionItem, 'a')
          .andWhere('a.meetingId IN (:...ids)', { ids })
          .orderBy('a.dueDate', 'ASC', 'NULLS LAST')
          .addOrderBy('a.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.meetingId === id));
      })
      .load(meetingId) as Promise<ActionItem[]>;
  }
}
