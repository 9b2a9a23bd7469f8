import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ConflictPanel } from '../components/ConflictPanel';
import { FormMessages, TextArea } from '../components/fields';
import { formErrors, readApiError, type ApiError, type FormErrors } from '../graphql/errors';
import { UPDATE_INSTITUTION } from '../graphql/operations';
import type { Institution } from '../graphql/types';
import { useLang } from '../i18n/LangContext';
import { conflictRows, rebase } from './conflict-diff';
import { fieldLabel, formatFieldValue } from './field-format';
import { FileCloseActions, type LifecycleAction } from './FileCloseActions';
import { InstitutionFields } from './InstitutionFields';
import { buildPatch, draftOf, EDITABLE_FIELDS, readDraft, valuesOf, valuesOfSnapshot, type InstitutionDraft, type InstitutionValues } from './institution-form';
import type { UpdateInstitutionMutation, UpdateInstitutionMutationVariables } from '../../shared/graphql/generated';

const FORM_FIELDS = [...EDITABLE_FIELDS, 'reason'];
const NO_ERRORS: FormErrors = { byField: {}, general: [] };

interface Base {
  values: InstitutionValues;
  version: number;
}

/** Another version than the one the form is based on: from a refused save, or seen live. */
interface Conflict {
  theirs: InstitutionValues;
  version: number;
  afterSave: boolean;
}

function focusFirstInvalid(): void {
  setTimeout(() => (document.querySelector('.admin-main [aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
}

/**
 * The edit form of one institution. It keeps the version it is based on; a save sends only
 * the changed fields with that version. When someone else saves first, the API answers
 * CONFLICT with their state, shown beside mine, to reapply mine on top of theirs or take
 * theirs. A change arriving live (institutionChanged updates `live` through the cache)
 * shows a notice before any save is refused.
 */
export function InstitutionEditor({ live, editable, readOnlyNote }: { live: Institution; editable: boolean; readOnlyNote: string }) {
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const [base, setBase] = useState<Base>(() => ({ values: valuesOf(live), version: live.version }));
  const [draft, setDraft] = useState<InstitutionDraft>(() => draftOf(valuesOf(live)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [success, setSuccess] = useState<string | null>(null);

  /** Bases the form on `record`, keeping the changes typed but not saved. */
  const adopt = (values: InstitutionValues, version: number, keepMine: boolean) => {
    setDraft(keepMine ? rebase(EDITABLE_FIELDS, draftOf(base.values), draft, draftOf(values)) : draftOf(values));
    setBase({ values, version });
    setConflict(null);
  };

  const save = async (onto: Base, toSend: InstitutionDraft) => {
    setSuccess(null);
    const { values, problems } = readDraft(toSend);
    if (Object.keys(problems).length > 0) {
      const byField = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, tr(problem)]));
      setErrors({ byField, general: [] });
      focusFirstInvalid();
      return;
    }
    const patch = buildPatch(onto.values, values);
    if (Object.keys(patch).length === 0) {
      setErrors(NO_ERRORS);
      setSuccess(tr('nothingChanged'));
      return;
    }
    setSaving(true);
    try {
      const result = await client.mutate<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>({
        mutation: UPDATE_INSTITUTION,
        variables: { id: live.id, expectedVersion: onto.version, patch, reason: reason.trim() || null },
      });
      const saved = result.data!.updateInstitution;
      setBase({ values: valuesOf(saved), version: saved.version });
      setDraft(draftOf(valuesOf(saved)));
      setReason('');
      setErrors(NO_ERRORS);
      setConflict(null);
      setSuccess(tr('saved', { version: saved.version }));
    } catch (caught) {
      const error = readApiError(caught);
      if (error.code === 'CONFLICT' && error.current && error.currentVersion !== undefined) {
        setErrors(NO_ERRORS);
        setConflict({ theirs: valuesOfSnapshot(error.current), version: error.currentVersion, afterSave: true });
      } else {
        setErrors(formErrors(error, FORM_FIELDS, lang));
        focusFirstInvalid();
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(base, draft);
  };

  const reapplyMine = (c: Conflict) => {
    const rebased = rebase(EDITABLE_FIELDS, draftOf(base.values), draft, draftOf(c.theirs));
    const onto = { values: c.theirs, version: c.version };
    setBase(onto);
    setDraft(rebased);
    setConflict(null);
    void save(onto, rebased);
  };

  /** Filing and closing: their own mutations, on the version the form is based on. */
  const lifecycle = async (action: LifecycleAction, done: string): Promise<ApiError | null> => {
    setSaving(true);
    setSuccess(null);
    try {
      const record = await action(base.version);
      adopt(valuesOf(record), record.version, true);
      setSuccess(tr('lifecycleDone', { action: done, version: record.version }));
      return null;
    } catch (caught) {
      const error = readApiError(caught);
      if (error.code === 'CONFLICT' && error.current && error.currentVersion !== undefined) {
        setConflict({ theirs: valuesOfSnapshot(error.current), version: error.currentVersion, afterSave: false });
      }
      return error;
    } finally {
      setSaving(false);
    }
  };

  const changedElsewhere = !saving && !conflict && live.version > base.version;
  const mine = readDraft(draft).values;
  const format = (field: string, value: unknown) => formatFieldValue(lang, field, value);
  return (
    <>
      {changedElsewhere ? (
        <div className="notice notice-warn" role="status" data-testid="changed-elsewhere">
          {tr('changedByOthers', { version: live.version })}{' '}
          <button type="button" onClick={() => setConflict({ theirs: valuesOf(live), version: live.version, afterSave: false })}>
            {tr('reviewChanges')}
          </button>
        </div>
      ) : null}
      {conflict ? (
        <ConflictPanel
          title={conflict.afterSave ? tr('conflictTitle') : tr('reviewChanges')}
          intro={tr('conflictIntro', { version: conflict.version })}
          rows={conflictRows(EDITABLE_FIELDS, base.values, mine, conflict.theirs)}
          label={(field) => fieldLabel(lang, field)}
          format={format}
        >
          {conflict.afterSave ? (
            <button type="button" className="primary" onClick={() => reapplyMine(conflict)} disabled={saving}>
              {tr('reapplyMine')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => adopt(conflict.theirs, conflict.version, true)}>
              {tr('keepMineNoSave')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              adopt(conflict.theirs, conflict.version, false);
              setSuccess(tr('conflictResolvedTheirs', { version: conflict.version }));
            }}
          >
            {tr('takeTheirs')}
          </button>
        </ConflictPanel>
      ) : null}
      <form className="edit-form" onSubmit={submit} noValidate aria-labelledby="institution-title">
        {!editable ? <p className="notice notice-info">{readOnlyNote}</p> : null}
        <FormMessages errors={errors.general} success={success} />
        {Object.keys(errors.byField).length > 1 ? <p className="notice notice-error">{tr('formHasErrors', { count: Object.keys(errors.byField).length })}</p> : null}
        <InstitutionFields draft={draft} onChange={setDraft} errors={errors.byField} disabled={!editable || saving} />
        {editable ? (
          <>
            <TextArea id="reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} disabled={saving} />
            <div className="actions">
              <button type="submit" className="primary" disabled={saving}>
                {saving ? tr('saving') : tr('save')}
              </button>
            </div>
          </>
        ) : null}
      </form>
      {editable ? <FileCloseActions institution={live} run={lifecycle} /> : null}
    </>
  );
}
