import { BadUserInputError } from './errors.js';

/** An `asOf` argument, checked: a past instant (the future has no figures yet). */
export function checkAsOf(asOf: Date, now: Date, field = 'asOf'): Date {
  if (Number.isNaN(asOf.getTime())) throw new BadUserInputError(`${field} 不是有效时间 / ${field} is not a valid instant`, { field });
  if (asOf.getTime() > now.getTime()) throw new BadUserInputError(`${field} 不能晚于当前时间 / ${field} cannot be in the future`, { field });
  return asOf;
}

/**
 * A city or district read as it stood at an instant (an `asOf` argument): its figures are
 * counted from the rows as they were then. A view over the entity, which stays as it is.
 */
export type AtInstant<T> = T & { readonly asOf?: Date };

export function atInstant<T extends object>(area: T, asOf: Date | null | undefined): AtInstant<T> {
  return asOf ? Object.assign(Object.create(area) as T, { asOf }) : area;
}

export function instantOf(area: object): Date | undefined {
  return (area as { asOf?: Date }).asOf;
}
