import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';
import { CustomerAccount } from '../customers/customer-account.entity';

/** How a snapshot arrived: the vendor's CSV import or an integration's API call. */
export enum UsageSource {
  CSV = 'CSV',
  API = 'API',
}
registerEnumType(UsageSource, { name: 'UsageSource' });

/** Named numeric metrics besides the utilization score, e.g. `{ "invoices": 120 }`. */
export type UsageMetrics = Record<string, number>;

/**
 * A customer's product utilization on one day, as the vendor's product reports it. Re-reporting a
 * day replaces it (one row per customer and day). Program-wide: a partner user reads the usage of
 * its own projects' customers only through the project (checked by the onboarding service).
 */
@Entity()
@ProgramWide()
@Unique('usage_snapshot_customer_day_key', ['customerId', 'takenOn'])
@Check('usage_snapshot_utilization_range', 'utilization BETWEEN 0 AND 100')
@ObjectType()
export class UsageSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerAccount;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  takenOn: string;

  @Field(() => Int, { description: 'Utilization score, 0–100.' })
  @Column({ type: 'smallint' })
  utilization: number;

  @Column({ type: 'jsonb', nullable: true })
  metrics: UsageMetrics | null;

  @Field(() => UsageSource)
  @Column({ type: 'enum', enum: UsageSource, enumName: 'usage_source' })
  source: UsageSource;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
