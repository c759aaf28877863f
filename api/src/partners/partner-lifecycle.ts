import { PartnerStatus } from './partner.entity';

const { APPLICANT, UNDER_REVIEW, ACTIVE, SUSPENDED, OFFBOARDED } = PartnerStatus;

/** APPLICANT → UNDER_REVIEW → ACTIVE ⇄ SUSPENDED → OFFBOARDED (DESIGN.md). Nothing else. */
const NEXT: Record<PartnerStatus, PartnerStatus[]> = {
  [APPLICANT]: [UNDER_REVIEW],
  [UNDER_REVIEW]: [ACTIVE],
  [ACTIVE]: [SUSPENDED],
  [SUSPENDED]: [ACTIVE, OFFBOARDED],
  [OFFBOARDED]: [],
};

export function allowedTransitions(from: PartnerStatus): PartnerStatus[] {
  return NEXT[from];
}

export function isLegalTransition(from: PartnerStatus, to: PartnerStatus): boolean {
  return NEXT[from].includes(to);
}
