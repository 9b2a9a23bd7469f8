import { BadUserInputError } from '../common/errors.js';

/** An `asOf` argument, checked: a past instant (the future has no figures yet). */
export function checkAsOf(asOf: Date, now: Date, field = 'asOf'): Date {
  if (Number.isNaN(asOf.getTime())) throw new BadUserInputError(`${field} 不是有效时间 / ${field} is not a valid instant`, { field });
  if (asOf.getTime() > now.getTime()) throw new BadUserInputError(`${field} 不能晚于当前时间 / ${field} cannot be in the future`, { field });
  return asOf;
}
