import { IconClipboardCheck, IconFileSearch } from '@tabler/icons-react';
import { ComingSoonGrid, type PlannedArea } from '../../shell/components/ComingSoonGrid';
import { HomeHeading } from '../../shell/components/HomeHeading';

const AREAS: readonly PlannedArea[] = [
  {
    icon: IconClipboardCheck,
    titleKey: 'auditorHome.reviews.title',
    descriptionKey: 'auditorHome.reviews.description',
  },
  { icon: IconFileSearch, titleKey: 'auditorHome.evidence.title', descriptionKey: 'auditorHome.evidence.description' },
];

export function AuditorHome() {
  return (
    <div data-testid="home-auditor">
      <HomeHeading />
      <ComingSoonGrid areas={AREAS} />
    </div>
  );
}
