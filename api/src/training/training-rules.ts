import { CertificationStatus } from './skill-certification.entity';
import { TrainingModuleKind } from './training-module.entity';
import { TrainingStatus } from './training-record.entity';

/** Role-play and OJT results are judged by vendor staff; a partner reports them up to COMPLETED or FAILED. */
export function needsVendorConfirmation(kind: TrainingModuleKind): boolean {
  return kind === TrainingModuleKind.ROLE_PLAY || kind === TrainingModuleKind.OJT;
}

/** Why a partner may not record `status` on a module of `kind`, or null when they may. */
export function partnerRecordRefusal(
  kind: TrainingModuleKind,
  status: TrainingStatus,
  current: { status: TrainingStatus; confirmedAt: Date | null } | null,
): 'confirmationRequired' | 'alreadyConfirmed' | null {
  if (needsVendorConfirmation(kind) && status === TrainingStatus.PASSED) return 'confirmationRequired';
  // A result vendor staff confirmed as PASSED is theirs: the partner can no longer rewrite it.
  if (current?.status === TrainingStatus.PASSED && current.confirmedAt) return 'alreadyConfirmed';
  return null;
}

/** Only a COMPLETED role-play or OJT waits for vendor staff. */
export function awaitsConfirmation(kind: TrainingModuleKind, status: TrainingStatus): boolean {
  return needsVendorConfirmation(kind) && status === TrainingStatus.COMPLETED;
}

/** Revoked beats expired beats needs-renewal: the most final reason wins. */
export function certificationStatus(
  c: { revokedAt: Date | null; expiresAt: Date; needsRenewal: boolean },
  now = new Date(),
): CertificationStatus {
  if (c.revokedAt) return CertificationStatus.REVOKED;
  if (c.expiresAt.getTime() <= now.getTime()) return CertificationStatus.EXPIRED;
  if (c.needsRenewal) return CertificationStatus.NEEDS_RENEWAL;
  return CertificationStatus.ACTIVE;
}

export const DEFAULT_VALID_MONTHS = 12;

/** `from` plus whole calendar months (31 Jan + 1 month = 28/29 Feb, not 3 Mar). */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
