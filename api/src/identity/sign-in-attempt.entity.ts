import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * A failed sign-in, kept for throttling per account and per address. The failed sign-in
 * commits it (with its audit entry) although the mutation answers an error: it must count.
 */
@Entity()
@ProgramWide()
@Index('sign_in_attempt_email_at_idx', ['email', 'at'])
@Index('sign_in_attempt_ip_at_idx', ['ip', 'at'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
