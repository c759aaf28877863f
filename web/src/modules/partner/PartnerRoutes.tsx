import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ExperienceRedirect } from '../auth/components/ExperienceRedirect';
import { RequireRole } from '../auth/components/RequireRole';
import { PartnerHome } from './components/PartnerHome';

const MyFirmPage = lazy(() => import('./components/MyFirmPage'));
const ConsultantsPage = lazy(() => import('../training/components/consultants/ConsultantsPage'));
const PartnerTrainingPage = lazy(() => import('../training/components/PartnerTrainingPage'));
const PartnerAnnouncementsPage = lazy(() => import('../announcements/components/PartnerAnnouncementsPage'));
const PartnerCapacityPage = lazy(() => import('../capacity/components/PartnerCapacityPage'));
const PartnerStatementPage = lazy(() => import('../statements/components/PartnerStatementPage'));
const PartnerAssignmentsPage = lazy(() => import('../assignments/components/PartnerAssignmentsPage'));
const ProjectBoardPage = lazy(() => import('../onboarding/components/board/ProjectBoardPage'));
const ProjectPage = lazy(() => import('../onboarding/components/project/ProjectPage'));
const MeetingsPage = lazy(() => import('../meetings/components/MeetingsPage'));
const KnowledgeBasePage = lazy(() => import('../knowledge/components/KnowledgeBasePage'));
const ArticlePage = lazy(() => import('../knowledge/components/ArticlePage'));
const PartnerTierPage = lazy(() => import('../tiers/components/PartnerTierPage'));
const ProfilePage = lazy(() => import('../profile/components/ProfilePage'));

/** The partner portal (lazy chunk). */
export default function PartnerRoutes() {
  return (
    <Routes>
      <Route index element={<PartnerHome />} />
      <Route path="firm" element={<MyFirmPage />} />
      <Route
        path="consultants"
        element={
          <RequireRole roles={['PARTNER_ADMIN']}>
            <ConsultantsPage />
          </RequireRole>
        }
      />
      <Route path="capacity" element={<PartnerCapacityPage />} />
      <Route
        path="statements"
        element={
          <RequireRole roles={['PARTNER_ADMIN']}>
            <PartnerStatementPage />
          </RequireRole>
        }
      />
      <Route
        path="assignments"
        element={
          <RequireRole roles={['PARTNER_ADMIN']}>
            <PartnerAssignmentsPage />
          </RequireRole>
        }
      />
      <Route path="projects" element={<ProjectBoardPage />} />
      <Route path="projects/:id" element={<ProjectPage />} />
      <Route
        path="meetings"
        element={
          <RequireRole roles={['PARTNER_ADMIN']}>
            <MeetingsPage />
          </RequireRole>
        }
      />
      <Route path="knowledge" element={<KnowledgeBasePage />} />
      <Route path="knowledge/:id" element={<ArticlePage />} />
      <Route path="tier" element={<PartnerTierPage />} />
      <Route path="training" element={<PartnerTrainingPage />} />
      <Route path="announcements" element={<PartnerAnnouncementsPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="*" element={<ExperienceRedirect />} />
    </Routes>
  );
}
