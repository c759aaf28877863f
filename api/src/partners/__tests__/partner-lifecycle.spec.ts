import { allowedTransitions, isLegalTransition } from '../partner-lifecycle';
import { PartnerStatus } from '../partner.entity';

const { APPLICANT, UNDER_REVIEW, ACTIVE, SUSPENDED, OFFBOARDED } = PartnerStatus;
const ALL = Object.values(PartnerStatus);

describe('partner lifecycle', () => {
  it('allows exactly APPLICANT → UNDER_REVIEW → ACTIVE ⇄ SUSPENDED → OFFBOARDED', () => {
    const legal = ALL.flatMap((from) => ALL.filter((to) => isLegalTransition(from, to)).map((to) => `${from}→${to}`));
    expect(legal.sort()).toEqual(
      [
        `${APPLICANT}→${UNDER_REVIEW}`,
        `${UNDER_REVIEW}→${ACTIVE}`,
        `${ACTIVE}→${SUSPENDED}`,
        `${SUSPENDED}→${ACTIVE}`,
        `${SUSPENDED}→${OFFBOARDED}`,
      ].sort(),
    );
  });

  it('ends at OFFBOARDED', () => {
    expect(allowedTransitions(OFFBOARDED)).toEqual([]);
  });
});
