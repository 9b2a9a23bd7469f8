import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormMessages, SelectField, TextArea, TextField } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { CREATE_TARGET, INDICATORS } from '../graphql/operations';
import type { TargetKind } from '../graphql/types';
import { districtLabel, useCityDistricts } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { enumLabel, enumValues } from '../i18n/enum-labels';
import { useUser } from '../session/SessionContext';
import { readTargetDraft, type TargetDraft } from './target-form';
import type { CreateTargetMutation, CreateTargetMutationVariables, IndicatorsQuery } from '../../shared/graphql/generated';

const FIELDS = ['scopeCode', 'indicatorKey', 'title', 'kind', 'startsOn', 'deadline', 'baseline', 'targetValue', 'reason'];

/** A new target of the city or one of its districts. */
export function NewTargetForm({ onDone }: { onDone(message: string): void }) {
  const user = useUser();
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const { districts, cityName } = useCityDistricts(user.cityCode);
  const { data } = useQuery<IndicatorsQuery>(INDICATORS);
  const [scopeCode, setScopeCode] = useState(user.cityCode ?? '');
  const [indicatorKey, setIndicatorKey] = useState('childcare_slots');
  const [kind, setKind] = useState<TargetKind>('INCREASE');
  const [draft, setDraft] = useState<TargetDraft>({ title: '', startsOn: '', deadline: '', baseline: '', targetValue: '' });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const set = (field: keyof TargetDraft) => (value: string) => setDraft({ ...draft, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { values, problems } = readTargetDraft(draft);
    if (Object.keys(problems).length) return setErrors({ byField: Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, tr(p)])), general: [] });
    try {
      const result = await client.mutate<CreateTargetMutation, CreateTargetMutationVariables>({
        mutation: CREATE_TARGET,
        variables: { input: { scopeCode, indicatorKey, kind, ...values }, reason: reason.trim() || null },
      });
      onDone(`${result.data!.createTarget.title}: ${tr('targetCreated')}`);
    } catch (caught) {
      setErrors(formErrors(readApiError(caught), FIELDS, lang));
    }
  };
  const scopes = [{ value: user.cityCode ?? '', label: tr('cityWide', { name: cityName ?? '' }) }, ...districts.map((d) => ({ value: d.code, label: districtLabel(lang, d) }))];
  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-labelledby="new-target-title">
      <h2 id="new-target-title">{tr('newTarget')}</h2>
      <FormMessages errors={errors.general} />
      <div className="field-grid">
        <SelectField id="new-scopeCode" label={tr('targetScope')} value={scopeCode} onChange={setScopeCode} options={scopes} error={errors.byField.scopeCode} />
        <SelectField
          id="new-indicatorKey"
          label={tr('indicator')}
          value={indicatorKey}
          onChange={setIndicatorKey}
          options={(data?.indicators ?? []).map((i) => ({ value: i.key, label: lang === 'en' ? i.nameEn : i.nameZh }))}
          error={errors.byField.indicatorKey}
        />
        <TextField id="new-title" label={tr('targetTitle')} value={draft.title} onChange={set('title')} error={errors.byField.title} />
        <SelectField<TargetKind> id="new-kind" label={tr('targetKind')} value={kind} onChange={setKind} options={enumValues('TargetKind').map((k) => ({ value: k, label: enumLabel(lang, 'TargetKind', k) }))} error={errors.byField.kind} />
        <TextField id="new-startsOn" type="date" label={tr('startsOn')} value={draft.startsOn} onChange={set('startsOn')} error={errors.byField.startsOn} />
        <TextField id="new-deadline" type="date" label={tr('deadline')} value={draft.deadline} onChange={set('deadline')} error={errors.byField.deadline} />
        <TextField id="new-baseline" inputMode="decimal" label={tr('baseline')} value={draft.baseline} onChange={set('baseline')} error={errors.byField.baseline} />
        <TextField id="new-targetValue" inputMode="decimal" label={tr('targetValue')} value={draft.targetValue} onChange={set('targetValue')} error={errors.byField.targetValue} />
      </div>
      <TextArea id="new-reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
      <div className="actions">
        <button type="submit" className="primary">
          {tr('create')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {tr('cancel')}
        </button>
      </div>
    </form>
  );
}
