import {
  Args,
  Field,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { Allow, ANY_ROLE, PUBLIC } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { AnswerSurveyInput } from './dto/survey.inputs';
import { OnboardingProject } from './onboarding-project.entity';
import { SurveyInvalidError } from './onboarding.errors';
import { Survey, SurveyKind } from './survey.entity';
import { SurveysService, SurveyState } from './surveys.service';

registerEnumType(SurveyState, { name: 'SurveyState' });

@ObjectType()
class PublicSurvey {
  @Field(() => SurveyState) state: SurveyState;
  @Field(() => SurveyKind) kind: SurveyKind;
  @Field(() => String, { nullable: true }) companyName: string | null;
  @Field(() => String, { nullable: true }) phaseNameEn: string | null;
  @Field(() => String, { nullable: true }) phaseNameJa: string | null;
}

@ObjectType()
class SurveyAnswered {
  @Field() answered: boolean;
}

const AnswerSurveyResult = resultUnion('AnswerSurveyResult', () => [SurveyAnswered, SurveyInvalidError] as const);

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(private readonly surveys: SurveysService) {}

  @Query(() => PublicSurvey, { nullable: true, description: 'The survey behind a link (no sign-in).' })
  @Allow(PUBLIC)
  survey(@Ctx() ctx: RequestContext, @Args('token') token: string) {
    return this.surveys.view(ctx, token.slice(0, 100));
  }

  @Mutation(() => AnswerSurveyResult, { description: 'The customer answers, once, before the link expires.' })
  @Allow(PUBLIC)
  async answerSurvey(@Ctx() ctx: RequestContext, @Args('input') input: AnswerSurveyInput) {
    const result = await this.surveys.answer(ctx, input);
    return result instanceof SurveyInvalidError ? result : Object.assign(new SurveyAnswered(), { answered: true });
  }

  @ResolveField(() => String, { description: 'The link to pass on to the customer contact.' })
  @Allow(...ANY_ROLE)
  link(@Parent() s: Survey) {
    return `/survey/${s.token}`;
  }
}

@Resolver(() => OnboardingProject)
export class ProjectSurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @ResolveField(() => [Survey], { description: 'Surveys sent for the project and their answers, newest first.' })
  @Allow(...ANY_ROLE)
  surveys(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.service.ofProject(ctx, p.id);
  }
}
