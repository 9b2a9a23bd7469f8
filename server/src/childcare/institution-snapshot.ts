import type { Institution } from './institution.entity.js';

/** The editable state of an institution, as the audit trail keeps it. */
export function institutionSnapshot(i: Institution): Record<string, unknown> {
  return {
    name: i.name,
    districtId: i.district.id,
    townshipId: i.township?.id ?? null,
    ownership: i.ownership,
    inclusive: i.inclusive,
    filedOn: i.filedOn,
    demonstrationLevel: i.demonstrationLevel,
    pilotLevel: i.pilotLevel,
    slots: i.slots,
    enrolled: i.enrolled,
    ageClasses: [...i.ageClasses],
    address: i.address,
    openedOn: i.openedOn,
    closedOn: i.closedOn,
    version: i.version,
  };
}
