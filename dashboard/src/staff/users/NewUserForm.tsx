import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CheckboxGroup, FormMessages, SelectField, TextArea, TextField } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { CREATE_USER } from '../graphql/operations';
import type { DistrictRef, Role } from '../graphql/types';
import { districtLabel } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { USER_ROLES } from './user-form';

const FIELDS = ['username', 'displayName', 'role', 'password', 'districtCodes', 'reason'];

/** A new account of the admin's city. */
export function NewUserForm({ districts, onDone }: { districts: DistrictRef[]; onDone(message: string, reload: boolean): void }) {
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('STAFF');
  const [password, setPassword] = useState('');
  const [districtCodes, setDistrictCodes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.mutate({
        mutation: CREATE_USER,
        variables: { input: { username: username.trim(), displayName: displayName.trim(), role, password, districtCodes: role === 'STAFF' ? districtCodes : [] }, reason: reason.trim() || null },
      });
      onDone(tr('userCreated', { username: username.trim() }), true);
    } catch (caught) {
      setErrors(formErrors(readApiError(caught), FIELDS, lang));
    }
  };
  return (
    <form className="edit-form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{tr('newUser')}</h2>
      <FormMessages errors={errors.general} />
      <div className="field-grid">
        <TextField id="new-username" label={tr('username')} autoComplete="off" value={username} onChange={setUsername} error={errors.byField.username} />
        <TextField id="new-displayName" label={tr('displayName')} value={displayName} onChange={setDisplayName} error={errors.byField.displayName} />
        <SelectField<Role> id="new-role" label={tr('role')} value={role} onChange={setRole} options={USER_ROLES.map((r) => ({ value: r, label: enumLabel(lang, 'Role', r) }))} error={errors.byField.role} />
        <TextField id="new-password" type="password" autoComplete="new-password" label={tr('initialPassword')} hint={tr('newPasswordHint')} value={password} onChange={setPassword} error={errors.byField.password} />
        {role === 'STAFF' ? (
          <CheckboxGroup
            id="new-districtCodes"
            label={tr('districts')}
            hint={tr('districtsHint')}
            values={districtCodes}
            onChange={setDistrictCodes}
            options={districts.map((d) => ({ value: d.code, label: districtLabel(lang, d) }))}
            error={errors.byField.districtCodes}
          />
        ) : null}
      </div>
      <TextArea id="new-user-reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
      <div className="actions">
        <button type="submit" className="primary">
          {tr('create')}
        </button>
        <button type="button" onClick={() => onDone('', false)}>
          {tr('cancel')}
        </button>
      </div>
    </form>
  );
}
