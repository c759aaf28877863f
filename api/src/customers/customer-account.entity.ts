import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';

const textArray = { type: 'text' as const, array: true, default: () => "'{}'" };

/**
 * A vendor customer that needs onboarding. `partnerId` is the firm holding it (an active or
 * completed assignment); null puts it in the queue. A partner user reads only its own customers.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('customer_account_external_id_key', ['externalId'], { unique: true })
@Index('customer_account_queue', ['contractDate'], { where: 'partner_id IS NULL' })
@Index('customer_account_partner', ['partnerId'])
@Index('customer_account_contract', ['contractDate', 'id'])
@Check('customer_account_has_product', 'cardinality(products) > 0')
@ObjectType()
export class CustomerAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'The id of the customer in the vendor’s CRM.' })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field()
  @Column({ type: 'text' })
  companyName: string;

  @Field()
  @Column({ type: 'text' })
  industry: string;

  @Field({ description: 'Employee band (customer size band code).' })
  @Column({ type: 'text' })
  employeeBand: string;

  @Field({ description: 'ISO 3166-2:JP prefecture code.' })
  @Column({ type: 'text' })
  prefecture: string;

  @Field(() => [String], { description: 'Product modules bought; the first is the main one.' })
  @Column(textArray)
  products: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  contractDate: string;

  @Field()
  @Column({ type: 'text' })
  segment: string;

  @Field(() => ID, { nullable: true, description: 'The firm holding the customer; null while in the queue.' })
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
