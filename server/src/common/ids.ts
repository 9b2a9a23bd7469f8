/** The largest id a row can have: the tables' keys are PostgreSQL integers. */
export const MAX_ROW_ID = 2_147_483_647;

const CANONICAL = /^[1-9]\d{0,9}$/;

/**
 * The row an ID argument names, or null when it can name none: beyond the integer range,
 * zero or negative, or not written as the API writes ids ("1e3", "0x10", " 1"). The API
 * answers such an id exactly as an id whose row does not exist (a lookup is null, a change
 * is NOT_FOUND), so a caller learns nothing from the range, and PostgreSQL never sees it.
 */
export function rowId(id: string): number | null {
  if (!CANONICAL.test(id)) return null;
  const numeric = Number(id);
  return numeric <= MAX_ROW_ID ? numeric : null;
}
