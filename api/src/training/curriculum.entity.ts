import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The training a certification for one product area requires: its modules share the product area.
 * Catalog data, the same for every signed-in user, so it declares no firm scope and is read
 * directly (never through `scopedQuery`).
 */
@Entity()
@Index('curriculum_product_area_key', ['productArea'], { unique: true })
@ObjectType()
export class Curriculum {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Product module code (see libs/shared PRODUCT_MODULES); one curriculum each.' })
  @Column({ type: 'text' })
  productArea: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'False once archived: no new certifications for its product area.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
