import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { editableDistricts } from '../access/permissions';
import { FormMessages, SelectField, TextArea } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { CREATE_INSTITUTION } from '../graphql/operations';
import type { InstitutionInput } from '../graphql/types';
import { districtLabel, useCityDistricts } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { useUser } from '../session/SessionContext';
import { institutionLabel } from './field-list';
import { InstitutionFields } from './InstitutionFields';
import { EDITABLE_FIELDS, readDraft, type InstitutionDraft } from './institution-form';
import type { CreateInstitutionMutation, CreateInstitutionMutationVariables } from '../../shared/graphql/generated';

const EMPTY: InstitutionDraft = {
  name: '',
  ownership: 'PRIVATE',
  inclusive: false,
  demonstrationLevel: 'NONE',
  pilotLevel: 'NONE',
  slots: '',
  enrolled: '0',
  ageClasses: [],
  address: '',
  openedOn: '',
};

const FORM_FIELDS = [...EDITABLE_FIELDS, 'districtCode', 'reason'];

/** A new institution in one of the viewer's districts; then its own page, to file it. */
export function CreateInstitutionPage() {
  const user = useUser();
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { districts } = useCityDistricts(user.cityCode);
  const choices = editableDistricts(user, districts);
  const [districtCode, setDistrictCode] = useState('');
  const [draft, setDraft] = useState<InstitutionDraft>(EMPTY);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const [saving, setSaving] = useState(false);
  const district = choices.some((d) => d.code === districtCode) ? districtCode : (choices[0]?.code ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { values, problems } = readDraft(draft);
    if (Object.keys(problems).length > 0) {
      setErrors({ byField: Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, tr(p)])), general: [] });
      return;
    }
    setSaving(true);
    try {
      const input: InstitutionInput = { ...values, districtCode: district };
      const result = await client.mutate<CreateInstitutionMutation, CreateInstitutionMutationVariables>({ mutation: CREATE_INSTITUTION, variables: { input, reason: reason.trim() || null } });
      await navigate(`/admin/institutions/${result.data!.createInstitution.id}`);
    } catch (caught) {
      setErrors(formErrors(readApiError(caught), FORM_FIELDS, lang));
      setTimeout(() => (document.querySelector('.admin-main [aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="create-title">
      <h1 id="create-title">{tr('createTitle')}</h1>
      <form className="edit-form" onSubmit={submit} noValidate>
        <FormMessages errors={errors.general} />
        <SelectField
          id="districtCode"
          label={institutionLabel(lang, 'district')}
          value={district}
          onChange={setDistrictCode}
          options={choices.map((d) => ({ value: d.code, label: districtLabel(lang, d) }))}
          error={errors.byField.districtCode}
        />
        <InstitutionFields draft={draft} onChange={setDraft} errors={errors.byField} disabled={saving} />
        <TextArea id="reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
        <div className="actions">
          <button type="submit" className="primary" disabled={saving || !district}>
            {saving ? tr('saving') : tr('create')}
          </button>
        </div>
      </form>
    </section>
  );
}
