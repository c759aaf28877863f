import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../auth/components/RequireRole';
import { ExperienceRedirect } from '../auth/components/ExperienceRedirect';
import { VendorHome } from './components/VendorHome';

const PartnersPage = lazy(() => import('../partners/components/PartnersPage'));
const PartnerPage = lazy(() => import('../partners/components/PartnerPage'));
const UsersPage = lazy(() => import('../users/components/UsersPage'));
const AuditLogPage = lazy(() => import('../audit/components/AuditLogPage'));
const ApplicationsPage = lazy(() => import('../applications/components/ApplicationsPage'));
const ApplicationPage = lazy(() => import('../applications/components/ApplicationPage'));
const VendorTrainingPage = lazy(() => import('../training/components/vendor/VendorTrainingPage'));
const AnnouncementsPage = lazy(() => import('../announcements/components/AnnouncementsPage'));
const CustomersPage = lazy(() => import('../customers/components/CustomersPage'));
const CustomerImportPage = lazy(() => import('../customers/components/CustomerImportPage'));
const CustomerPage = lazy(() => import('../customers/components/CustomerPage'));
const AssignmentsPage = lazy(() => import('../assignments/components/AssignmentsPage'));
const AutoAssignmentPage = lazy(() => import('../assignments/components/AutoAssignmentPage'));
const CapacityCalendarPage = lazy(() => import('../capacity/components/CapacityCalendarPage'));
const ProjectsPage = lazy(() => import('../onboarding/components/ProjectsPage'));
const ProjectPage = lazy(() => import('../onboarding/components/project/ProjectPage'));
const TemplatePage = lazy(() => import('../onboarding/components/template/TemplatePage'));
const EscalationInboxPage = lazy(() => import('../onboarding/components/escalations/EscalationInboxPage'));
const MeetingsPage = lazy(() => import('../meetings/components/MeetingsPage'));
const KnowledgeAdminPage = lazy(() => import('../knowledge/components/KnowledgeAdminPage'));
const UsagePage = lazy(() => import('../usage/components/UsagePage'));
const StatementsPage = lazy(() => import('../statements/components/StatementsPage'));
const TierReviewsPage = lazy(() => import('../tiers/components/TierReviewsPage'));
const TierReviewPage = lazy(() => import('../tiers/components/TierReviewPage'));
const TierAdminPage = lazy(() => import('../tiers/admin/TierAdminPage'));
const ProfilePage = lazy(() => import('../profile/components/ProfilePage'));

/** The vendor console (lazy chunk). */
export default function VendorRoutes() {
  return (
    <Routes>
      <Route index element={<VendorHome />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:id" element={<PartnerPage />} />
      <Route path="customers" element={<CustomersPage />} />
      <Route path="customers/import" element={<CustomerImportPage />} />
      <Route path="customers/:id" element={<CustomerPage />} />
      <Route path="assignments" element={<AssignmentsPage />} />
      <Route path="assignments/auto" element={<AutoAssignmentPage />} />
      <Route path="projects" element={<ProjectsPage />} />
      <Route path="projects/template" element={<TemplatePage />} />
      <Route path="projects/:id" element={<ProjectPage />} />
      <Route path="escalations" element={<EscalationInboxPage />} />
      <Route path="meetings" element={<MeetingsPage />} />
      <Route path="knowledge" element={<KnowledgeAdminPage />} />
      <Route path="usage" element={<UsagePage />} />
      <Route path="statements" element={<StatementsPage />} />
      <Route path="capacity" element={<CapacityCalendarPage />} />
      <Route path="reviews" element={<TierReviewsPage />} />
      <Route path="reviews/:id" element={<TierReviewPage />} />
      <Route path="training" element={<VendorTrainingPage />} />
      <Route path="tiers" element={<TierAdminPage />} />
      <Route path="applications" element={<ApplicationsPage />} />
      <Route path="applications/:id" element={<ApplicationPage />} />
      <Route
        path="users"
        element={
          <RequireRole roles={['VENDOR_ADMIN']}>
            <UsersPage />
          </RequireRole>
        }
      />
      <Route
        path="audit-log"
        element={
          <RequireRole roles={['VENDOR_ADMIN']}>
            <AuditLogPage />
          </RequireRole>
        }
      />
      <Route path="announcements" element={<AnnouncementsPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="*" element={<ExperienceRedirect />} />
    </Routes>
  );
}
