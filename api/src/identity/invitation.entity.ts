import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@baton/shared';
import { PartnerScoped } from '../common/access/scoped-query';

/**
 * An invitation to join a partner firm: the link carries a random token, the table its hash.
 * Accepting it creates the user and signs them in.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('invitation_token_hash_key', ['tokenHash'], { unique: true })
@Index('invitation_email_idx', ['email'])
@Check('invitation_partner_role', `role IN ('PARTNER_ADMIN', 'PARTNER_MEMBER')`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  invitedByEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
