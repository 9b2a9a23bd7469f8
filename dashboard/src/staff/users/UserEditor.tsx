import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CheckboxField, CheckboxGroup, FormMessages, SelectField, TextArea, TextField } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { UPDATE_USER } from '../graphql/operations';
import type { DistrictRef, Role, User } from '../graphql/types';
import { districtLabel } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { USER_ROLES, userDraft, userPatch, type UserDraft } from './user-form';

const FIELDS = ['displayName', 'role', 'districtCodes', 'disabled', 'password', 'reason'];

/** Changing one account: name, role, districts, disabled, password. */
export function UserEditor({ user, districts, onDone }: { user: User; districts: DistrictRef[]; onDone(message: string, reload: boolean): void }) {
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const [draft, setDraft] = useState<UserDraft>(() => userDraft(user));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof UserDraft>(key: K) => (value: UserDraft[K]) => setDraft({ ...draft, [key]: value });
  const id = (field: string) => `u${user.id}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = userPatch(user, draft);
    if (Object.keys(patch).length === 0) return onDone(tr('nothingChanged'), false);
    setSaving(true);
    try {
      await client.mutate({ mutation: UPDATE_USER, variables: { id: user.id, expectedVersion: user.version, patch, reason: reason.trim() || null } });
      onDone(tr('userSaved', { username: user.username }), true);
    } catch (caught) {
      const error = readApiError(caught);
      // Accounts change rarely and a person's access is at stake: start again from the latest.
      if (error.code === 'CONFLICT') onDone(tr('userChangedReload'), true);
      else setErrors(formErrors(error, FIELDS, lang));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <FormMessages errors={errors.general} />
      <div className="field-grid">
        <TextField id={id('displayName')} label={tr('displayName')} value={draft.displayName} onChange={set('displayName')} error={errors.byField.displayName} />
        <SelectField<Role> id={id('role')} label={tr('role')} value={draft.role} onChange={set('role')} options={USER_ROLES.map((r) => ({ value: r, label: enumLabel(lang, 'Role', r) }))} error={errors.byField.role} />
        {draft.role === 'STAFF' ? (
          <CheckboxGroup
            id={id('districtCodes')}
            label={tr('districts')}
            hint={tr('districtsHint')}
            values={draft.districtCodes}
            onChange={set('districtCodes')}
            options={districts.map((d) => ({ value: d.code, label: districtLabel(lang, d) }))}
            error={errors.byField.districtCodes}
          />
        ) : null}
        <CheckboxField id={id('disabled')} label={tr('disableUser')} checked={draft.disabled} onChange={set('disabled')} error={errors.byField.disabled} />
        <TextField id={id('password')} type="password" autoComplete="new-password" label={tr('newPassword')} hint={tr('newPasswordHint')} value={draft.password} onChange={set('password')} error={errors.byField.password} />
      </div>
      <TextArea id={id('reason')} label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? tr('saving') : tr('save')}
        </button>
        <button type="button" onClick={() => onDone('', false)}>
          {tr('cancel')}
        </button>
      </div>
    </form>
  );
}
