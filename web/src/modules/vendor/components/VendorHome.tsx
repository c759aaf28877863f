import { IconAddressBook, IconCalendarStats, IconChartBar, IconListCheck, IconRoute } from '@tabler/icons-react';
import { ComingSoonGrid, type PlannedArea } from '../../shell/components/ComingSoonGrid';
import { HomeHeading } from '../../shell/components/HomeHeading';

const AREAS: readonly PlannedArea[] = [
  { icon: IconAddressBook, titleKey: 'vendorHome.directory.title', descriptionKey: 'vendorHome.directory.description' },
  { icon: IconCalendarStats, titleKey: 'vendorHome.capacity.title', descriptionKey: 'vendorHome.capacity.description' },
  { icon: IconListCheck, titleKey: 'vendorHome.queue.title', descriptionKey: 'vendorHome.queue.description' },
  { icon: IconRoute, titleKey: 'vendorHome.projects.title', descriptionKey: 'vendorHome.projects.description' },
  { icon: IconChartBar, titleKey: 'vendorHome.dashboards.title', descriptionKey: 'vendorHome.dashboards.description' },
];

export function VendorHome() {
  return (
    <div data-testid="home-vendor">
      <HomeHeading />
      <ComingSoonGrid areas={AREAS} />
    </div>
  );
}
