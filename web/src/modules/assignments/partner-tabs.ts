import type { AssignmentFilter } from '../../gql/graphql';
import { ENDED_STATUSES } from './assignment-status';

/** The partner portal's tabs: incoming (to answer), current (accepted, active), history (ended). */
export const PARTNER_TABS = ['incoming', 'current', 'history'] as const;
export type PartnerTab = (typeof PARTNER_TABS)[number];

export function partnerTabFilter(tab: PartnerTab): AssignmentFilter {
  switch (tab) {
    case 'incoming':
      return { incoming: true };
    case 'current':
      return { statuses: ['ACTIVE'], incoming: false };
    case 'history':
      return { statuses: [...ENDED_STATUSES] };
  }
}
