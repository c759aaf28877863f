import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { TrainingContextModule } from '../training/training.module';
import { AnnouncementsResolver } from './announcements.resolver';
import { AnnouncementsService } from './announcements.service';

@Module({
  imports: [PartnersModule, TrainingContextModule],
  providers: [AnnouncementsService, AnnouncementsResolver],
})
export class AnnouncementsModule {}
