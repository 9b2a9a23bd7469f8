import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { can, type Capability } from './access/permissions';
import { useLang } from './i18n/LangContext';
import { AdminLayout } from './layout/AdminLayout';
import { LoginPage } from './login/LoginPage';
import { HistoryPage } from './history/HistoryPage';
import { ImportPage } from './import/ImportPage';
import { IndicatorEntryPage } from './indicators/IndicatorEntryPage';
import { CreateInstitutionPage } from './institutions/CreateInstitutionPage';
import { InstitutionListPage } from './institutions/InstitutionListPage';
import { InstitutionPage } from './institutions/InstitutionPage';
import { ScreenTokensPage } from './screens/ScreenTokensPage';
import { RequireSession } from './session/RequireSession';
import { useUser } from './session/SessionContext';
import { TargetsPage } from './targets/TargetsPage';
import { UsersPage } from './users/UsersPage';
import { explorePages } from './explore/pages';

/** A page only some roles may use; the others get a plain refusal, not a broken form. */
function Allowed({ capability, children }: { capability: Capability; children: ReactNode }) {
  const user = useUser();
  const { tr } = useLang();
  return can(user, capability) ? children : <p className="notice notice-error">{tr('readOnly')}</p>;
}

function NotFound() {
  const { tr } = useLang();
  return (
    <p className="notice notice-info">
      {tr('notFound')} · <a href="/admin/institutions">{tr('backToList')}</a>
    </p>
  );
}

/**
 * A section of pages behind sign-in, in the staff pages' frame (header, role-aware
 * navigation, language). /explore can use the same: `signedInSection('/explore', [...])`.
 */
export function signedInSection(path: string, children: RouteObject[]): RouteObject {
  return {
    path,
    element: (
      <RequireSession>
        <AdminLayout />
      </RequireSession>
    ),
    children: [...children, { path: '*', element: <NotFound /> }],
  };
}

/** The staff pages under /admin. */
export const adminRoutes: RouteObject[] = [
  { path: '/admin/login', element: <LoginPage /> },
  signedInSection('/admin', [
    { index: true, element: <Navigate to="/admin/institutions" replace /> },
    { path: 'institutions', element: <InstitutionListPage /> },
    {
      path: 'institutions/new',
      element: (
        <Allowed capability="editInstitutions">
          <CreateInstitutionPage />
        </Allowed>
      ),
    },
    { path: 'institutions/:id', element: <InstitutionPage /> },
    { path: 'institutions/:id/history', element: <HistoryPage /> },
    {
      path: 'indicators',
      element: (
        <Allowed capability="recordFigures">
          <IndicatorEntryPage />
        </Allowed>
      ),
    },
    {
      path: 'import',
      element: (
        <Allowed capability="import">
          <ImportPage />
        </Allowed>
      ),
    },
    {
      path: 'targets',
      element: (
        <Allowed capability="manageTargets">
          <TargetsPage />
        </Allowed>
      ),
    },
    {
      path: 'users',
      element: (
        <Allowed capability="manageUsers">
          <UsersPage />
        </Allowed>
      ),
    },
    {
      path: 'screens',
      element: (
        <Allowed capability="manageScreens">
          <ScreenTokensPage />
        </Allowed>
      ),
    },
  ]),
];

/** The analyst pages under /explore (staff/explore/): time travel and exports. */
export const exploreRoutes: RouteObject[] = [signedInSection('/explore', explorePages)];

/** Every route of the admin.html page app. */
export const appRoutes: RouteObject[] = [...adminRoutes, ...exploreRoutes, { path: '*', element: <Navigate to="/admin/institutions" replace /> }];
