import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ExperienceRedirect } from '../auth/components/ExperienceRedirect';
import { AuditorHome } from './components/AuditorHome';

const AuditLogPage = lazy(() => import('../audit/components/AuditLogPage'));
const PartnersPage = lazy(() => import('../partners/components/PartnersPage'));
const PartnerPage = lazy(() => import('../partners/components/PartnerPage'));
const ApplicationsPage = lazy(() => import('../applications/components/ApplicationsPage'));
const ApplicationPage = lazy(() => import('../applications/components/ApplicationPage'));
const AnnouncementsPage = lazy(() => import('../announcements/components/AnnouncementsPage'));
const StatementsPage = lazy(() => import('../statements/components/StatementsPage'));
const TierReviewsPage = lazy(() => import('../tiers/components/TierReviewsPage'));
const TierReviewPage = lazy(() => import('../tiers/components/TierReviewPage'));
const ProfilePage = lazy(() => import('../profile/components/ProfilePage'));

/** The auditor view (lazy chunk). */
export default function AuditorRoutes() {
  return (
    <Routes>
      <Route index element={<AuditorHome />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:id" element={<PartnerPage />} />
      <Route path="applications" element={<ApplicationsPage />} />
      <Route path="applications/:id" element={<ApplicationPage />} />
      <Route path="reviews" element={<TierReviewsPage />} />
      <Route path="reviews/:id" element={<TierReviewPage />} />
      <Route path="audit-log" element={<AuditLogPage />} />
      <Route path="announcements" element={<AnnouncementsPage />} />
      <Route path="statements" element={<StatementsPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="*" element={<ExperienceRedirect />} />
    </Routes>
  );
}
