import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

export enum ArticleKind {
  HOW_TO = 'HOW_TO',
  FAQ = 'FAQ',
  KNOWN_ISSUE = 'KNOWN_ISSUE',
}
registerEnumType(ArticleKind, { name: 'ArticleKind' });

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ArticleStatus, { name: 'ArticleStatus' });

/**
 * A knowledge-base article vendor staff write for partners, in Japanese and English (Markdown).
 * Program-wide: partner users and auditors read PUBLISHED ones only, through
 * `ArticlesService.readable`.
 */
@Entity()
@ProgramWide()
@Index('article_status_published_at', ['status', 'publishedAt'])
@ObjectType()
export class Article {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ArticleKind)
  @Column({ type: 'enum', enum: ArticleKind, enumName: 'article_kind' })
  kind: ArticleKind;

  @Field(() => ArticleStatus)
  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.DRAFT })
  status: ArticleStatus;

  @Field()
  @Column({ type: 'text', default: '' })
  titleEn: string;

  @Field()
  @Column({ type: 'text', default: '' })
  titleJa: string;

  @Field({ description: 'Markdown: paragraphs, emphasis, lists and links (no HTML).' })
  @Column({ type: 'text', default: '' })
  bodyEn: string;

  @Field({ description: 'Markdown: paragraphs, emphasis, lists and links (no HTML).' })
  @Column({ type: 'text', default: '' })
  bodyJa: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Field({ description: 'One of the product modules (ACCOUNTING, PAYROLL, …).' })
  @Column({ type: 'text' })
  productArea: string;

  @Field(() => Date, { nullable: true, description: 'When it was (last) published.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  updatedByEmail: string | null;
}
