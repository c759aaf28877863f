import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { PartnerStatus } from '../partner.entity';

@InputType()
export class ChangePartnerStatusInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field(() => PartnerStatus)
  @IsEnum(PartnerStatus, I18N)
  status: PartnerStatus;

  @Field({ description: 'Why: kept in the status history and the audit log.' })
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(1000, I18N)
  reason: string;
}
