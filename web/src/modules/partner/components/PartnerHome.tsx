import { IconCalendarPlus, IconLayoutKanban, IconSchool } from '@tabler/icons-react';
import { ComingSoonGrid, type PlannedArea } from '../../shell/components/ComingSoonGrid';
import { HomeHeading } from '../../shell/components/HomeHeading';

const AREAS: readonly PlannedArea[] = [
  {
    icon: IconCalendarPlus,
    titleKey: 'partnerHome.capacity.title',
    descriptionKey: 'partnerHome.capacity.description',
  },
  {
    icon: IconLayoutKanban,
    titleKey: 'partnerHome.projects.title',
    descriptionKey: 'partnerHome.projects.description',
  },
  { icon: IconSchool, titleKey: 'partnerHome.training.title', descriptionKey: 'partnerHome.training.description' },
];

export function PartnerHome() {
  return (
    <div data-testid="home-partner">
      <HomeHeading />
      <ComingSoonGrid areas={AREAS} />
    </div>
  );
}
