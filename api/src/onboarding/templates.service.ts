import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import type { UpdateOnboardingTemplateInput } from './dto/project.inputs';
import { OnboardingTemplate, TemplatePhase } from './onboarding-template.entity';

/** Onboarding templates: versioned; projects keep the version they started with. */
@Injectable()
export class TemplatesService {
  current(ctx: RequestContext): Promise<OnboardingTemplate> {
    return ctx.manager.getRepository(OnboardingTemplate).findOneByOrFail({ current: true });
  }

  versions(ctx: RequestContext): Promise<OnboardingTemplate[]> {
    return scopedQuery(ctx, OnboardingTemplate, 't').orderBy('t.version', 'DESC').getMany();
  }

  phasesOf(ctx: RequestContext, templateId: string): Promise<TemplatePhase[]> {
    return ctx
      .loader<TemplatePhase[]>('template.phases', async (ids) => {
        const rows = await ctx.manager
          .getRepository(TemplatePhase)
          .createQueryBuilder('p')
          .where('p.templateId IN (:...ids)', { ids })
          .orderBy('p.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.templateId === id));
      })
      .load(templateId) as Promise<TemplatePhase[]>;
  }

  /** Writes the next version and makes it current; due days must increase from phase to phase. */
  async update(ctx: RequestContext, input: UpdateOnboardingTemplateInput): Promise<OnboardingTemplate> {
    const previous = await ctx.manager
      .getRepository(OnboardingTemplate)
      .createQueryBuilder('t')
      .where('t.current')
      .setLock('pessimistic_write')
      .getOneOrFail();
    await ctx.manager.update(OnboardingTemplate, { id: previous.id }, { current: false });
    const template = await ctx.manager.getRepository(OnboardingTemplate).save(
      ctx.manager.getRepository(OnboardingTemplate).create({
        version: previous.version + 1,
        name: input.name,
        current: true,
        createdByEmail: ctx.user?.email ?? null,
      }),
    );
    await ctx.manager
      .getRepository(TemplatePhase)
      .insert(input.phases.map((p, i) => ({ ...p, templateId: template.id, position: i + 1 })));
    ctx.audit({
      action: 'onboarding.template.update',
      entityType: 'OnboardingTemplate',
      entityId: template.id,
      before: { version: previous.version },
      after: { version: template.version, name: input.name, phases: input.phases },
    });
    return template;
  }
}
