import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Curriculum } from './curriculum.entity';

export enum TrainingModuleKind {
  ONLINE_COURSE = 'ONLINE_COURSE',
  ROLE_PLAY = 'ROLE_PLAY',
  OJT = 'OJT',
}
registerEnumType(TrainingModuleKind, {
  name: 'TrainingModuleKind',
  description: 'Role-play and OJT results become PASSED only when vendor staff confirm them.',
});

/** One unit of a curriculum. Catalog data like `Curriculum` (no firm scope). */
@Entity()
@Index('training_module_product_area_idx', ['productArea', 'sortOrder'])
@Check('training_module_sort_order_positive', 'sort_order >= 0')
@ObjectType()
export class TrainingModule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The product area of its curriculum.' })
  @Column({ type: 'text' })
  productArea: string;

  @ManyToOne(() => Curriculum, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_area', referencedColumnName: 'productArea' })
  curriculum?: Curriculum;

  @Field(() => TrainingModuleKind)
  @Column({ type: 'enum', enum: TrainingModuleKind, enumName: 'training_module_kind' })
  kind: TrainingModuleKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'What passing means.' })
  @Column({ type: 'text' })
  passCriteria: string;

  @Field({ description: 'Required for the certification of its product area.' })
  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  @Field({ description: 'False once archived: no longer shown or required.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
