import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
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
import { User } from '../identity/user.entity';
import { Partner } from '../partners/partner.entity';

/**
 * A person at a partner firm. `userId` is the person's account once they have one: the database
 * links it by e-mail within the firm (triggers of the Training migration), whoever creates the user.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('consultant_partner_email_key', ['partnerId', 'email'], { unique: true })
@Index('consultant_user_idx', ['userId'])
@ObjectType()
export class Consultant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partnerRef?: Partner;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** True while the account is switched off because this consultant was: only then does reactivating restore it. */
  @Column({ type: 'boolean', default: false })
  accountDeactivatedWithConsultant: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The user account, once the consultant has accepted the invitation.',
  })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  userRef?: User;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
