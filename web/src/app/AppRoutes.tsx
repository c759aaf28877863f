import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ExperienceGate } from '../modules/auth/components/ExperienceGate';
import { ExperienceRedirect } from '../modules/auth/components/ExperienceRedirect';
import { RequireSession } from '../modules/auth/components/RequireSession';

// The signed-in shell is not needed to show the sign-in page.
const AppLayout = lazy(() =>
  import('../modules/shell/components/AppLayout').then((m) => ({
    default: m.AppLayout,
  })),
);

// Sign-in is a page like the others: someone already signed in never downloads it.
const SignInPage = lazy(() =>
  import('../modules/auth/components/SignInPage').then((m) => ({
    default: m.SignInPage,
  })),
);

// One chunk per experience: a partner never downloads the vendor console.
const VendorRoutes = lazy(() => import('../modules/vendor/VendorRoutes'));
const PartnerRoutes = lazy(() => import('../modules/partner/PartnerRoutes'));
const AuditorRoutes = lazy(() => import('../modules/auditor/AuditorRoutes'));
// Public pages: no sign-in.
const ApplyPage = lazy(() => import('../modules/applications/components/ApplyPage'));
const InvitationPage = lazy(() => import('../modules/invitations/components/InvitationPage'));
const SurveyPage = lazy(() => import('../modules/surveys/components/SurveyPage'));

export function AppRoutes() {
  return (
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader aria-hidden />
        </Center>
      }
    >
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/apply" element={<ApplyPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/survey/:token" element={<SurveyPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<ExperienceRedirect />} />
            <Route
              path="vendor/*"
              element={
                <ExperienceGate experience="vendor">
                  <VendorRoutes />
                </ExperienceGate>
              }
            />
            <Route
              path="partner/*"
              element={
                <ExperienceGate experience="partner">
                  <PartnerRoutes />
                </ExperienceGate>
              }
            />
            <Route
              path="auditor/*"
              element={
                <ExperienceGate experience="auditor">
                  <AuditorRoutes />
                </ExperienceGate>
              }
            />
            <Route path="*" element={<ExperienceRedirect />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
