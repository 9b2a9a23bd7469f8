import type { MessageKey } from '../i18n';
import type { SessionUser } from '../graphql/types';

/**
 * What the pages offer to whom, mirroring the API's access table (README "Access"). The
 * API decides; this only keeps people from being shown forms they would be refused.
 */
export type Capability = 'editInstitutions' | 'recordFigures' | 'import' | 'manageTargets' | 'manageUsers' | 'manageScreens';

const GRANTS: Record<string, readonly Capability[]> = {
  STAFF: ['editInstitutions', 'recordFigures', 'import'],
  CITY_ADMIN: ['editInstitutions', 'recordFigures', 'import', 'manageTargets', 'manageUsers', 'manageScreens'],
  LEADER: [],
  ANALYST: [],
};

export function can(user: Pick<SessionUser, 'role' | 'cityCode'> | null, capability: Capability): boolean {
  if (!user || user.cityCode === null) return false;
  return GRANTS[user.role]?.includes(capability) ?? false;
}

/** Whether `user` may change records of the district `districtCode` (of their own city). */
export function canEditDistrict(user: Pick<SessionUser, 'role' | 'cityCode' | 'districtCodes'> | null, districtCode: string): boolean {
  if (!can(user, 'editInstitutions')) return false;
  return user!.role === 'CITY_ADMIN' || user!.districtCodes.includes(districtCode);
}

/** The districts whose records `user` may change, out of their city's. */
export function editableDistricts<D extends { code: string }>(user: Pick<SessionUser, 'role' | 'cityCode' | 'districtCodes'> | null, districts: readonly D[]): D[] {
  return districts.filter((d) => canEditDistrict(user, d.code));
}

export interface NavItem {
  to: string;
  label: MessageKey;
}

const NAV: { item: NavItem; needs: Capability | null }[] = [
  { item: { to: '/admin/institutions', label: 'navInstitutions' }, needs: null },
  { item: { to: '/admin/institutions/new', label: 'navNewInstitution' }, needs: 'editInstitutions' },
  { item: { to: '/admin/indicators', label: 'navIndicators' }, needs: 'recordFigures' },
  { item: { to: '/admin/import', label: 'navImport' }, needs: 'import' },
  { item: { to: '/admin/targets', label: 'navTargets' }, needs: 'manageTargets' },
  { item: { to: '/admin/users', label: 'navUsers' }, needs: 'manageUsers' },
  { item: { to: '/admin/screens', label: 'navScreens' }, needs: 'manageScreens' },
  // The analyst pages (staff/explore/), for everyone signed in.
  { item: { to: '/explore/as-of', label: 'navAsOf' }, needs: null },
  { item: { to: '/explore/export', label: 'navExport' }, needs: null },
];

/** The navigation `user` sees: everyone reads institutions; the rest by role. */
export function navItems(user: Pick<SessionUser, 'role' | 'cityCode'> | null): NavItem[] {
  return NAV.filter(({ needs }) => needs === null || can(user, needs)).map(({ item }) => item);
}
