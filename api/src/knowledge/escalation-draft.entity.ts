import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';

export enum EscalationDraftOutcome {
  RAISED = 'RAISED',
  ABANDONED = 'ABANDONED',
}
registerEnumType(EscalationDraftOutcome, { name: 'EscalationDraftOutcome' });

/**
 * A partner user began to raise an escalation (opened the form). Records which suggested
 * articles they opened and how it ended: raised, or abandoned (closed, or untouched for 24 h).
 * An abandoned draft with an opened article is a deflected escalation.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('escalation_draft_started_at', ['startedAt'])
@ObjectType()
export class EscalationDraft {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  /** A project of the onboarding context, reached through its service only (no foreign key across contexts). */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  startedByEmail: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field({ description: 'Start or last article opened: 24 h later an open draft counts as abandoned.' })
  @Column({ type: 'timestamptz' })
  lastActivityAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstArticleOpenedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  articlesOpened: number;

  @Field(() => [ID], { description: 'Articles opened, each once, in order.' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  openedArticleIds: string[];

  @Field(() => EscalationDraftOutcome, { nullable: true })
  @Column({ type: 'enum', enum: EscalationDraftOutcome, enumName: 'escalation_draft_outcome', nullable: true })
  outcome: EscalationDraftOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The escalation raised from it.' })
  @Column({ type: 'uuid', nullable: true })
  escalationId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
