import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@baton/shared';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * Who did what to which record, before and after. Append-only: a trigger refuses UPDATE and DELETE.
 * Tamper-evident: on insert, the database numbers the entry and chains it to the previous one with
 * a SHA-256 of that entry's hash and this one's canonical content (one writer at a time).
 */
@Entity()
@ProgramWide()
@Index('audit_log_entry_at_idx', ['at'])
@Index('audit_log_entry_entity_idx', ['entityType', 'entityId'])
@Index('audit_log_entry_actor_idx', ['actorId', 'at'])
@Index('audit_log_entry_seq_key', ['seq'], { unique: true })
@ObjectType()
export class AuditLogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorEmail: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorRole: Role | null;

  @Field()
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ type: 'text' })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Field(() => String, { description: 'Position in the hash chain, from 1 (set by the database).' })
  @Column({ type: 'bigint' })
  seq: string;

  @Field(() => String, { nullable: true, description: 'The previous entry’s hash (none for the first).' })
  @Column({ type: 'text', nullable: true })
  prevHash: string | null;

  @Field({ description: 'SHA-256 (hex) of the previous hash and this entry’s canonical content.' })
  @Column({ type: 'text' })
  hash: string;
}
