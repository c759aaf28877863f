import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@baton/shared';
import { ProgramWide } from '../common/access/scoped-query';

/** Who did what to which record, before and after. Append-only: a trigger refuses UPDATE and DELETE. */
@Entity()
@ProgramWide()
@Index('audit_log_entry_at_idx', ['at'])
@Index('audit_log_entry_entity_idx', ['entityType', 'entityId'])
@Index('audit_log_entry_actor_idx', ['actorId', 'at'])
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
}
