import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  JoinColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type Locale, Role } from '@baton/shared';
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';
import { LocaleEnum } from './locale.enum';

registerEnumType(Role, { name: 'Role' });

/** A person who signs in. Partner users belong to exactly one partner firm; others to none. */
@Entity()
@PartnerScoped('partnerId')
@Check('user_locale_known', `locale IN ('ja', 'en')`)
@Check('user_partner_matches_role', `(role IN ('PARTNER_ADMIN', 'PARTNER_MEMBER')) = (partner_id IS NOT NULL)`)
@ObjectType()
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index('user_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partnerRef?: Partner;

  @Field(() => LocaleEnum)
  @Column({ type: 'text', default: 'ja' })
  locale: Locale;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @HideField()
  @Column({ type: 'text' })
  passwordHash: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
