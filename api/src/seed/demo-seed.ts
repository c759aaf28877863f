import { DataSource } from 'typeorm';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { dataSourceOptions } from '../database/data-source-options';
import { hashPassword } from '../identity/password-hasher';
import { User } from '../identity/user.entity';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { PartnerStatusChange } from '../partners/partner-status-change.entity';
import { Consultant } from '../training/consultant.entity';
import { Curriculum } from '../training/curriculum.entity';
import { PartnerTierChange } from '../tiers/tier-review.entity';
import { TrainingModule, TrainingModuleKind } from '../training/training-module.entity';
import { DEMO_CURRICULA, DEMO_FIRMS, DEMO_PASSWORD, DEMO_USERS } from './demo-program';
import { seedDemoKnowledge } from './demo-knowledge-seed';
import { seedDemoProjects } from './demo-projects-seed';
import { seedDemoUsage } from './demo-usage-seed';
import { seedDemoQueue } from './demo-queue-seed';

export interface DemoSignIns {
  created: boolean;
  password: string;
  users: { email: string; role: string; firm?: string }[];
}

/**
 * Seeds the demo program into an empty database, in one transaction with one audit entry.
 * Returns the demo sign-ins while the demo users exist, null once they are gone.
 */
export async function seedDemoProgram(url: string): Promise<DemoSignIns | null> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const created = await ds.transaction(async (m) => {
      if ((await m.getRepository(User).count()) > 0) return false;
      const hash = await hashPassword(DEMO_PASSWORD);
      const firms = new Map<string, Partner>();
      for (const { key, ...firm } of DEMO_FIRMS) {
        const partner = await m.getRepository(Partner).save({
          ...firm,
          contactEmail: `admin@${key}.example`,
          status: PartnerStatus.ACTIVE,
        });
        await m.getRepository(PartnerStatusChange).insert({
          partnerId: partner.id,
          fromStatus: null,
          toStatus: PartnerStatus.ACTIVE,
          reason: 'Demo program',
        });
        firms.set(key, partner);
      }
      // The tiers an earlier review set, from the first day of the month six months ago.
      const since = new Date();
      since.setUTCDate(1);
      since.setUTCMonth(since.getUTCMonth() - 6);
      await m.getRepository(PartnerTierChange).insert(
        [...firms.values()].map((p) => ({
          partnerId: p.id,
          tier: p.tier!,
          previousTier: null,
          effectiveFrom: since.toISOString().slice(0, 10),
          changedByEmail: 'auditor@baton.example',
        })),
      );
      await m.getRepository(User).insert(
        DEMO_USERS.map((u) => ({
          email: u.email,
          displayName: u.displayName,
          role: u.role,
          locale: u.locale,
          partnerId: u.firm ? firms.get(u.firm)!.id : null,
          passwordHash: hash,
        })),
      );
      for (const curriculum of DEMO_CURRICULA) {
        await m.getRepository(Curriculum).insert({ productArea: curriculum.productArea, name: curriculum.name });
        await m.getRepository(TrainingModule).insert(
          curriculum.modules.map((module, i) => ({
            ...module,
            kind: module.kind as TrainingModuleKind,
            productArea: curriculum.productArea,
            sortOrder: i,
          })),
        );
      }
      // Every demo partner user is also a consultant of their firm (linked to the account by email).
      await m.getRepository(Consultant).insert(
        DEMO_USERS.filter((u) => u.firm).map((u) => ({
          partnerId: firms.get(u.firm!)!.id,
          email: u.email,
          displayName: u.displayName,
        })),
      );
      // Certified leads, six months of offers, the customer queue and a few assignments.
      const queue = await seedDemoQueue(m, firms);
      // Customers accepted over the last weeks and their onboarding projects, in several phases.
      const projects = await seedDemoProjects(m, firms);
      // Weekly usage of those customers: activated, pending, flagged for outreach, a sharp drop.
      const usageSnapshots = await seedDemoUsage(m, new Date().toISOString().slice(0, 10));
      // The knowledge base, and raise forms partner users left after reading an article.
      const knowledge = await seedDemoKnowledge(m, new Date());
      await m.getRepository(AuditLogEntry).insert({
        action: 'demo.seed',
        entityType: 'Program',
        entityId: null,
        after: {
          partners: DEMO_FIRMS.length,
          users: DEMO_USERS.length,
          ...queue,
          assignments: queue.assignments + projects.projects,
          customers: queue.customers + projects.projects,
          ...projects,
          usageSnapshots,
          articles: knowledge.articles,
          escalationDrafts: knowledge.drafts,
        },
      });
      return true;
    });
    const present = await ds.getRepository(User).countBy({ email: DEMO_USERS[0].email });
    if (!present) return null;
    const firmName = (key?: string) => DEMO_FIRMS.find((f) => f.key === key)?.name;
    return {
      created,
      password: DEMO_PASSWORD,
      users: DEMO_USERS.map((u) => ({ email: u.email, role: u.role, firm: firmName(u.firm) })),
    };
  } finally {
    await ds.destroy();
  }
}
