import { useSession } from '../../auth/hooks/useSession';
import { CapacityView } from './CapacityView';

const VENDOR = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

/** The "Capacity" tab of a partner's page: vendor staff and the firm's own admin offer slots, others read. */
export function PartnerCapacityTab({ partnerId }: { partnerId: string }) {
  const user = useSession();
  const canOffer = VENDOR.includes(user.role) || (user.role === 'PARTNER_ADMIN' && user.partner?.id === partnerId);
  return <CapacityView partnerId={partnerId} canOffer={canOffer} />;
}
