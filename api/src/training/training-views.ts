import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Consultant } from './consultant.entity';
import { TrainingModule } from './training-module.entity';
import { TrainingRecord, TrainingStatus } from './training-record.entity';

/** `inviteConsultant`'s success. */
@ObjectType()
export class ConsultantInvitation {
  @Field(() => Consultant) consultant: Consultant;

  @Field(() => String, {
    nullable: true,
    description:
      'The sign-up link to pass on (no mail is sent); null when the person already has an account in the firm.',
  })
  acceptUrl: string | null;
}

@ObjectType()
export class TrainingMatrixCell {
  @Field(() => ID) moduleId: string;
  @Field(() => TrainingStatus, { description: 'The record’s status, NOT_STARTED when there is none.' })
  status: TrainingStatus;
  @Field({ description: 'A COMPLETED role-play or OJT that vendor staff have yet to confirm.' })
  awaitingConfirmation: boolean;
  @Field(() => TrainingRecord, { nullable: true }) record: TrainingRecord | null;
}

@ObjectType()
export class TrainingMatrixRow {
  @Field(() => Consultant) consultant: Consultant;
  @Field(() => [TrainingMatrixCell], { description: 'One cell per module, in the order of `modules`.' })
  cells: TrainingMatrixCell[];
}

/** A firm's active consultants (paged) × the active modules. */
@ObjectType()
export class TrainingMatrix {
  @Field(() => ID) partnerId: string;
  @Field(() => [TrainingModule]) modules: TrainingModule[];
  @Field(() => [TrainingMatrixRow]) rows: TrainingMatrixRow[];
  @Field(() => Int, { description: 'Active consultants visible to the caller, over all pages.' })
  totalConsultants: number;
}

@ObjectType()
export class ModuleCompletion {
  @Field(() => TrainingModule) module: TrainingModule;
  @Field(() => Int) passedConsultants: number;
  @Field(() => Int) activeConsultants: number;
  @Field(() => Float, { description: 'passedConsultants ÷ activeConsultants (0 when there are none).' })
  rate: number;
}

@ObjectType()
export class PartnerTrainingCompletion {
  @Field(() => ID) partnerId: string;
  @Field(() => Int) activeConsultants: number;
  @Field(() => Int, { description: 'Active consultants who passed every required module.' })
  fullyTrainedConsultants: number;
  @Field(() => Int, { description: 'PASSED records on required modules, over the firm’s active consultants.' })
  passedRequired: number;
  @Field(() => Float, { description: 'passedRequired ÷ (activeConsultants × requiredModules).' })
  rate: number;
}

/** Program-wide completion, computed in SQL. */
@ObjectType()
export class TrainingOverview {
  @Field(() => Int) activeConsultants: number;
  @Field(() => Int, { description: 'Required, active modules counted below.' })
  requiredModules: number;
  @Field(() => [ModuleCompletion]) byModule: ModuleCompletion[];
  @Field(() => [PartnerTrainingCompletion]) byPartner: PartnerTrainingCompletion[];
}
