import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ConflictPanel } from '../components/ConflictPanel';
import { FormMessages, TextArea, TextField } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { UPDATE_TARGET } from '../graphql/operations';
import type { Target } from '../graphql/types';
import { useLang } from '../i18n/LangContext';
import { conflictRows, rebase } from '../institutions/conflict-diff';
import { formatCount } from '../../shared/format/number';
import { readTargetDraft, TARGET_FIELDS, type TargetField, targetDraft, targetPatch, targetValues, targetValuesOfSnapshot, type TargetDraft, type TargetValues } from './target-form';
import type { UpdateTargetMutation, UpdateTargetMutationVariables } from '../../shared/graphql/generated';

const LABELS = { title: 'targetTitle', startsOn: 'startsOn', deadline: 'deadline', baseline: 'baseline', targetValue: 'targetValue' } as const;

/** Editing one target, with the same conflict handling as institutions. */
export function TargetEditor({ target, onDone }: { target: Target; onDone(message: string): void }) {
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const [base, setBase] = useState({ values: targetValues(target), version: target.version });
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraft(target));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const [conflict, setConflict] = useState<{ theirs: TargetValues; version: number } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (onto: { values: TargetValues; version: number }, toSend: TargetDraft) => {
    const { values, problems } = readTargetDraft(toSend);
    if (Object.keys(problems).length) return setErrors({ byField: Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, tr(p)])), general: [] });
    const patch = targetPatch(onto.values, values);
    if (Object.keys(patch).length === 0) return onDone(tr('nothingChanged'));
    setSaving(true);
    try {
      const result = await client.mutate<UpdateTargetMutation, UpdateTargetMutationVariables>({ mutation: UPDATE_TARGET, variables: { id: target.id, expectedVersion: onto.version, patch, reason: reason.trim() || null } });
      onDone(`${result.data!.updateTarget.title}: ${tr('saved', { version: result.data!.updateTarget.version })}`);
    } catch (caught) {
      const error = readApiError(caught);
      if (error.code === 'CONFLICT' && error.current && error.currentVersion !== undefined) setConflict({ theirs: targetValuesOfSnapshot(error.current), version: error.currentVersion });
      else setErrors(formErrors(error, [...TARGET_FIELDS, 'reason'], lang));
    } finally {
      setSaving(false);
    }
  };

  const format = (field: string, value: unknown) => (typeof value === 'number' ? formatCount(value) : String(value ?? '—'));
  const set = (field: keyof TargetDraft) => (value: string) => setDraft({ ...draft, [field]: value });
  return (
    <div className="target-editor">
      {conflict ? (
        <ConflictPanel<TargetField>
          title={tr('conflictTitle')}
          intro={tr('conflictIntro', { version: conflict.version })}
          rows={conflictRows(TARGET_FIELDS, base.values, readTargetDraft(draft).values, conflict.theirs)}
          label={(field) => tr(LABELS[field])}
          format={format}
        >
          <button
            type="button"
            className="primary"
            onClick={() => {
              const rebased = rebase(TARGET_FIELDS, targetDraft(base.values), draft, targetDraft(conflict.theirs));
              const onto = { values: conflict.theirs, version: conflict.version };
              setBase(onto);
              setDraft(rebased);
              setConflict(null);
              void save(onto, rebased);
            }}
          >
            {tr('reapplyMine')}
          </button>
          <button
            type="button"
            onClick={() => {
              setBase({ values: conflict.theirs, version: conflict.version });
              setDraft(targetDraft(conflict.theirs));
              setConflict(null);
            }}
          >
            {tr('takeTheirs')}
          </button>
        </ConflictPanel>
      ) : null}
      <form
        className="edit-form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save(base, draft);
        }}
      >
        <FormMessages errors={errors.general} />
        <div className="field-grid">
          <TextField id={`t${target.id}-title`} label={tr('targetTitle')} value={draft.title} onChange={set('title')} error={errors.byField.title} />
          <TextField id={`t${target.id}-startsOn`} type="date" label={tr('startsOn')} value={draft.startsOn} onChange={set('startsOn')} error={errors.byField.startsOn} />
          <TextField id={`t${target.id}-deadline`} type="date" label={tr('deadline')} value={draft.deadline} onChange={set('deadline')} error={errors.byField.deadline} />
          <TextField id={`t${target.id}-baseline`} inputMode="decimal" label={`${tr('baseline')}（${target.unit}）`} value={draft.baseline} onChange={set('baseline')} error={errors.byField.baseline} />
          <TextField id={`t${target.id}-targetValue`} inputMode="decimal" label={`${tr('targetValue')}（${target.unit}）`} value={draft.targetValue} onChange={set('targetValue')} error={errors.byField.targetValue} />
        </div>
        <TextArea id={`t${target.id}-reason`} label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? tr('saving') : tr('save')}
          </button>
          <button type="button" onClick={() => onDone('')}>
            {tr('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
