import { Module } from '@nestjs/common';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { PartnersModule } from '../partners/partners.module';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [PartnersModule, OnboardingModule],
  providers: [MeetingsService, MeetingsResolver],
})
export class MeetingsModule {}
