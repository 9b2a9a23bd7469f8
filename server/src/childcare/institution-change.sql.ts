import type { EntityManager } from '@mikro-orm/postgresql';
import { auditColumns, type Actor, type AuditRecord } from '../audit/audit.service.js';
import { actorSetting } from '../common/write-transaction.js';
import { placeholders, query } from '../common/sql.js';
import type { Institution } from './institution.entity.js';

/**
 * Writes an institution's checked new state and its audit entry in ONE statement (one round
 * trip, one implicit transaction): the actor for the change-feed trigger is set first, the
 * UPDATE applies only if the row is still at `expectedVersion`, and the audit row is
 * inserted from the updated row, so no update means no audit entry. Returns the new
 * version and time, or undefined when someone else's change came first.
 */
export async function writeInstitutionChange(
  em: EntityManager,
  institution: Institution,
  expectedVersion: number,
  actor: Actor,
  audit: AuditRecord,
): Promise<{ version: number; updated_at: string } | undefined> {
  const entry = auditColumns(actor, audit);
  const [row] = await query<{ version: number; updated_at: string }>(
    em,
    `with actor as (select set_config('careboard.actor', ?, true) as name),
     changed as (
       update institution set
         name = ?, township_id = ?, ownership = ?, inclusive = ?, filed_on = ?::date, demonstration_level = ?, pilot_level = ?,
         slots = ?, enrolled = ?, age_classes = array(select jsonb_array_elements_text(?::jsonb)), address = ?, opened_on = ?::date, closed_on = ?::date,
         version = version + 1, updated_at = now()
       where id = ? and version = ? and (select name from actor) is not null
       returning version, updated_at
     ),
     audited as (
       insert into audit_entry (${entry.columns})
       select ${placeholders(entry.values.length)} from changed
     )
     select version, updated_at from changed`,
    [
      actorSetting(actor.viewer, actor.requestId),
      institution.name,
      institution.township?.id ?? null,
      institution.ownership,
      institution.inclusive,
      institution.filedOn,
      institution.demonstrationLevel,
      institution.pilotLevel,
      institution.slots,
      institution.enrolled,
      // As JSON: the query layer would spread a bound array into a list of values.
      JSON.stringify(institution.ageClasses),
      institution.address,
      institution.openedOn,
      institution.closedOn,
      institution.id,
      expectedVersion,
      ...entry.values,
    ],
  );
  return row;
}
