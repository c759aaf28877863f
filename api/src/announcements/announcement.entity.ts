import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * A product update for partners: to every partner, or to chosen tiers. Program-wide: partner
 * users read it only through `AnnouncementsService.visibleToMyFirm`, which applies the audience.
 */
@Entity()
@ProgramWide()
@Index('announcement_published_at_idx', ['publishedAt'])
@ObjectType()
export class Announcement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown: paragraphs, emphasis, lists and links.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => [Int], { description: 'Tiers it is for; empty means every partner.' })
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  audienceTiers: number[];

  @Field(() => String, { nullable: true, description: 'Product area whose certifications it sends back to renewal.' })
  @Column({ type: 'text', nullable: true })
  recertificationProductArea: string | null;

  @Field(() => Int, { description: 'Certifications marked as needing renewal when it was published.' })
  @Column({ type: 'integer', default: 0 })
  certificationsMarked: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  publishedByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
