import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { Role } from './role.enums.js';
import type { Viewer } from './viewer.js';

/**
 * Who may do what, as pure functions of the viewer and the place the data belongs to.
 * Default deny: anything not granted here is refused.
 *
 * Public (anonymous): the published aggregates (city and district totals, targets and
 * progress, indicator series, the wall overview). Everything institution-level, the audit
 * trail, accounts and tokens need a viewer.
 */
export interface Place {
  cityId: number;
  districtId?: number | null;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/**
 * The cities whose institution-level records a viewer reads: every city (an analyst without
 * a city), one city (everyone tied to a city), or none.
 */
export function readableCities(viewer: Viewer): 'ALL' | 'NONE' | number {
  if (viewer.cityId !== null) return viewer.cityId;
  return viewer.role === Role.ANALYST ? 'ALL' : 'NONE';
}

/** Reading institution-level records of a city. */
export function canReadCity(viewer: Viewer | null, cityId: number): boolean {
  if (!viewer) return false;
  const cities = readableCities(viewer);
  return cities === 'ALL' || cities === cityId;
}

/** Changing institutions and indicator values at a place. */
export function canEdit(viewer: Viewer | null, place: Place): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  if (viewer.role === Role.CITY_ADMIN) return viewer.cityId === place.cityId;
  if (viewer.role === Role.STAFF) return place.districtId != null && viewer.cityId === place.cityId && viewer.districtIds.includes(place.districtId);
  return false;
}

/** Managing a city: users, targets, screen tokens, city-level figures. */
export function canManageCity(viewer: Viewer | null, cityId: number): boolean {
  return !!viewer && viewer.kind === 'USER' && viewer.role === Role.CITY_ADMIN && viewer.cityId === cityId;
}

/** Reading the audit trail of a city. */
export function canReadAudit(viewer: Viewer | null, cityId: number | null): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  if (viewer.role === Role.ANALYST) return viewer.cityId === null || viewer.cityId === cityId;
  if (viewer.role === Role.CITY_ADMIN) return cityId !== null && viewer.cityId === cityId;
  return false;
}

/** Throws UNAUTHENTICATED for no viewer, FORBIDDEN for a viewer the rule refuses. */
export function authorize(viewer: Viewer | null, allowed: boolean): Viewer {
  const who = requireViewer(viewer);
  if (!allowed) throw new ForbiddenError();
  return who;
}
