import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * An API key of one integration of the vendor's product. Only the SHA-256 hash of the secret is
 * stored; the secret is shown once, at creation. A key can call `reportUsage` and nothing else.
 */
@Entity()
@ProgramWide()
@Index('integration_key_hash_key', ['secretHash'], { unique: true })
@ObjectType()
export class IntegrationKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'The first characters of the key, to recognize it (the secret is never shown again).' })
  @Column({ type: 'text' })
  prefix: string;

  /** Hex SHA-256 of the whole key. */
  @Column({ type: 'text' })
  secretHash: string;

  @Field()
  @Column({ type: 'text' })
  createdByEmail: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revokedByEmail: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
