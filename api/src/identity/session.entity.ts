import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';
import { User } from './user.entity';

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
@Entity()
@ProgramWide()
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('session_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Index('session_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
