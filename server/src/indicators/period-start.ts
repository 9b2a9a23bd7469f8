import { monthStart, quarterStart, yearStart } from '../common/dates.js';
import { Frequency } from './indicator.enums.js';

const START: Record<Frequency, (iso: string) => string> = {
  [Frequency.MONTHLY]: monthStart,
  [Frequency.QUARTERLY]: quarterStart,
  [Frequency.YEARLY]: yearStart,
};

/** The first day of the period of an indicator's frequency that contains `iso` (figures are recorded per period). */
export function periodStart(frequency: Frequency, iso: string): string {
  return START[frequency](iso);
}
