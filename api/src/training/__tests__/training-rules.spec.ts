import { CertificationStatus } from '../skill-certification.entity';
import { TrainingModuleKind } from '../training-module.entity';
import { TrainingStatus } from '../training-record.entity';
import { addMonths, awaitsConfirmation, certificationStatus, partnerRecordRefusal } from '../training-rules';

const { ONLINE_COURSE, ROLE_PLAY, OJT } = TrainingModuleKind;

describe('partnerRecordRefusal', () => {
  it.each([ROLE_PLAY, OJT])('successful: a partner reports %s up to COMPLETED or FAILED', (kind) => {
    for (const s of [TrainingStatus.IN_PROGRESS, TrainingStatus.COMPLETED, TrainingStatus.FAILED]) {
      expect(partnerRecordRefusal(kind, s, null)).toBeNull();
    }
  });

  it.each([ROLE_PLAY, OJT])('failing: a partner cannot set PASSED on %s', (kind) => {
    expect(partnerRecordRefusal(kind, TrainingStatus.PASSED, null)).toBe('confirmationRequired');
  });

  it('successful: an online course may be recorded PASSED by the partner, and corrected', () => {
    expect(partnerRecordRefusal(ONLINE_COURSE, TrainingStatus.PASSED, null)).toBeNull();
    const own = { status: TrainingStatus.PASSED, confirmedAt: null };
    expect(partnerRecordRefusal(ONLINE_COURSE, TrainingStatus.IN_PROGRESS, own)).toBeNull();
  });

  it('failing: a confirmed PASSED result stays as vendor staff confirmed it', () => {
    const confirmed = { status: TrainingStatus.PASSED, confirmedAt: new Date() };
    expect(partnerRecordRefusal(ROLE_PLAY, TrainingStatus.IN_PROGRESS, confirmed)).toBe('alreadyConfirmed');
  });

  it('a FAILED confirmation may be retried', () => {
    const failed = { status: TrainingStatus.FAILED, confirmedAt: new Date() };
    expect(partnerRecordRefusal(OJT, TrainingStatus.COMPLETED, failed)).toBeNull();
  });
});

describe('awaitsConfirmation', () => {
  it('only a COMPLETED role-play or OJT', () => {
    expect(awaitsConfirmation(ROLE_PLAY, TrainingStatus.COMPLETED)).toBe(true);
    expect(awaitsConfirmation(OJT, TrainingStatus.COMPLETED)).toBe(true);
    expect(awaitsConfirmation(ONLINE_COURSE, TrainingStatus.COMPLETED)).toBe(false);
    expect(awaitsConfirmation(ROLE_PLAY, TrainingStatus.IN_PROGRESS)).toBe(false);
  });
});

describe('certificationStatus', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const base = { revokedAt: null, expiresAt: new Date('2026-07-01T00:00:00Z'), needsRenewal: false };

  it('lapses by itself at its expiry', () => {
    expect(certificationStatus(base, now)).toBe(CertificationStatus.ACTIVE);
    expect(certificationStatus({ ...base, expiresAt: now }, now)).toBe(CertificationStatus.EXPIRED);
  });

  it('revoked beats expired beats needs renewal', () => {
    const past = new Date('2026-01-01T00:00:00Z');
    expect(certificationStatus({ revokedAt: past, expiresAt: past, needsRenewal: true }, now)).toBe(
      CertificationStatus.REVOKED,
    );
    expect(certificationStatus({ ...base, expiresAt: past, needsRenewal: true }, now)).toBe(
      CertificationStatus.EXPIRED,
    );
    expect(certificationStatus({ ...base, needsRenewal: true }, now)).toBe(CertificationStatus.NEEDS_RENEWAL);
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps to the month end', () => {
    expect(addMonths(new Date('2026-01-31T09:00:00Z'), 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths(new Date('2026-03-15T00:00:00Z'), 12).toISOString()).toBe('2027-03-15T00:00:00.000Z');
  });
});
