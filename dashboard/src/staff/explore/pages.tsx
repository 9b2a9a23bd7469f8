import { Navigate, type RouteObject } from 'react-router';
import { AsOfPage } from './AsOfPage';
import { ExportPage } from './ExportPage';

/** The analyst pages under /explore, inside the staff pages' signed-in frame (staff/routes.tsx). */
export const explorePages: RouteObject[] = [
  { index: true, element: <Navigate to="/explore/as-of" replace /> },
  { path: 'as-of', element: <AsOfPage /> },
  { path: 'export', element: <ExportPage /> },
];
