import {
  IconAddressBook,
  IconArrowsExchange,
  IconBook,
  IconBuilding,
  IconChecklist,
  IconChartLine,
  IconLifebuoy,
  IconPresentation,
  IconReceipt,
  IconBuildingCommunity,
  IconCalendarStats,
  IconClipboardCheck,
  IconCertificate,
  IconGavel,
  IconHistory,
  IconHome,
  IconSchool,
  IconSpeakerphone,
  IconStairsUp,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Experience } from '@baton/shared';
import type { Role } from '../../gql/graphql';

export interface NavItem {
  /** Stable name, used in `data-testid="nav-<name>"`. */
  name:
    | 'home'
    | 'partners'
    | 'applications'
    | 'customers'
    | 'assignments'
    | 'projects'
    | 'escalations'
    | 'meetings'
    | 'knowledge'
    | 'usage'
    | 'statements'
    | 'firm'
    | 'tier'
    | 'reviews'
    | 'consultants'
    | 'capacity'
    | 'training'
    | 'tiers'
    | 'users'
    | 'announcements'
    | 'audit-log'
    | 'profile';
  /** Path below the experience root ('' is its home). */
  path: string;
  labelKey: string;
  icon: Icon;
  /** Roles that see the item; all roles of the experience when absent. */
  roles?: readonly Role[];
  /** Shown at the item's end (e.g. an unread count), loaded lazily. */
  badge?: LazyExoticComponent<ComponentType>;
}

const home: NavItem = { name: 'home', path: '', labelKey: 'nav.home', icon: IconHome };
const profile: NavItem = { name: 'profile', path: 'profile', labelKey: 'nav.profile', icon: IconUserCircle };
const partners: NavItem = { name: 'partners', path: 'partners', labelKey: 'nav.partners', icon: IconBuildingCommunity };
const applications: NavItem = {
  name: 'applications',
  path: 'applications',
  labelKey: 'applications.nav',
  icon: IconClipboardCheck,
};
const training: NavItem = { name: 'training', path: 'training', labelKey: 'training.nav.training', icon: IconSchool };
const consultants: NavItem = {
  name: 'consultants',
  path: 'consultants',
  labelKey: 'training.nav.consultants',
  icon: IconUsersGroup,
  roles: ['PARTNER_ADMIN'],
};
const announcements: NavItem = {
  name: 'announcements',
  path: 'announcements',
  labelKey: 'announcements.nav',
  icon: IconSpeakerphone,
};
const customers: NavItem = { name: 'customers', path: 'customers', labelKey: 'customers.nav', icon: IconAddressBook };
const assignments: NavItem = {
  name: 'assignments',
  path: 'assignments',
  labelKey: 'assignments.nav',
  icon: IconArrowsExchange,
};
const projects: NavItem = { name: 'projects', path: 'projects', labelKey: 'onboarding.nav', icon: IconChecklist };
const escalations: NavItem = {
  name: 'escalations',
  path: 'escalations',
  labelKey: 'escalations.nav',
  icon: IconLifebuoy,
};
const meetings: NavItem = { name: 'meetings', path: 'meetings', labelKey: 'meetings.nav', icon: IconPresentation };
const usage: NavItem = { name: 'usage', path: 'usage', labelKey: 'usage.nav', icon: IconChartLine };
const statements: NavItem = { name: 'statements', path: 'statements', labelKey: 'statements.nav', icon: IconReceipt };
const knowledge: NavItem = { name: 'knowledge', path: 'knowledge', labelKey: 'knowledge.nav', icon: IconBook };
const capacity: NavItem = { name: 'capacity', path: 'capacity', labelKey: 'capacity.nav', icon: IconCalendarStats };
const reviews: NavItem = { name: 'reviews', path: 'reviews', labelKey: 'tiers.nav.reviews', icon: IconGavel };
const tiers: NavItem = { name: 'tiers', path: 'tiers', labelKey: 'tierAdmin.nav', icon: IconStairsUp };
const auditLog: NavItem = { name: 'audit-log', path: 'audit-log', labelKey: 'nav.auditLog', icon: IconHistory };

export const NAVIGATION: Record<Experience, readonly NavItem[]> = {
  vendor: [
    home,
    partners,
    applications,
    customers,
    assignments,
    projects,
    escalations,
    knowledge,
    meetings,
    usage,
    capacity,
    training,
    tiers,
    reviews,
    statements,
    announcements,
    { name: 'users', path: 'users', labelKey: 'nav.users', icon: IconUsers, roles: ['VENDOR_ADMIN'] },
    { ...auditLog, roles: ['VENDOR_ADMIN'] },
    profile,
  ],
  partner: [
    home,
    { name: 'firm', path: 'firm', labelKey: 'nav.firm', icon: IconBuilding },
    { name: 'tier', path: 'tier', labelKey: 'tiers.nav.tier', icon: IconCertificate },
    consultants,
    capacity,
    { ...statements, roles: ['PARTNER_ADMIN'] },
    { ...assignments, roles: ['PARTNER_ADMIN'] },
    projects,
    { ...meetings, roles: ['PARTNER_ADMIN'] },
    knowledge,
    training,
    {
      ...announcements,
      badge: lazy(() => import('../announcements/components/UnreadAnnouncementsBadge')),
    },
    profile,
  ],
  auditor: [home, reviews, partners, applications, announcements, statements, auditLog, profile],
};

export function navigationFor(experience: Experience, role: Role): NavItem[] {
  return NAVIGATION[experience].filter((item) => !item.roles || item.roles.includes(role));
}
