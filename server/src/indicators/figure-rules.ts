import type { InstitutionStats } from '../childcare/institution-stats.service.js';
import type { Scope } from '../geography/scope.js';

/** The live figure each LIVE indicator reads from the institution counts. */
export const LIVE_FIGURES: Record<string, keyof InstitutionStats> = {
  childcare_slots: 'slots',
  enrolled_children: 'enrolled',
  institutions: 'institutionCount',
  filed_institutions: 'filedInstitutionCount',
  inclusive_institutions: 'inclusiveInstitutionCount',
};

/** DERIVED indicators: a numerator indicator per 1,000 of a scope's population figure. */
export const DERIVED_FIGURES: Record<string, { numerator: string; denominator: (scope: Scope) => number }> = {
  slots_per_1000: { numerator: 'childcare_slots', denominator: (s) => s.population },
  beds_per_1000_elderly: { numerator: 'elderly_care_beds', denominator: (s) => s.residents60Plus },
};

/** numerator / denominator × 1000, or null without a denominator. */
export function ratioPer1000(numerator: number | null, denominator: number): number | null {
  if (numerator === null || denominator <= 0) return null;
  return (numerator / denominator) * 1000;
}
