import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormMessages, TextArea, TextField } from '../components/fields';
import { formErrors, type ApiError } from '../graphql/errors';
import { CLOSE_INSTITUTION, FILE_INSTITUTION } from '../graphql/operations';
import type { Institution } from '../graphql/types';
import { today } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { institutionLabel } from './field-list';

/** A filing or closing, given the version the page holds; resolves to the record after it. */
export type LifecycleAction = (expectedVersion: number) => Promise<Institution>;

/** One dated step of an institution's life (备案, 停办) with its reason. */
function DatedAction({
  kind,
  title,
  action,
  confirmText,
  done,
  run,
}: {
  kind: 'filedOn' | 'closedOn';
  title: string;
  action: string;
  confirmText?: string;
  done: string;
  run(date: string, reason: string, done: string): Promise<ApiError | null>;
}) {
  const { lang, tr } = useLang();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<{ byField: Record<string, string>; general: string[] }>({ byField: {}, general: [] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (confirmText && !confirming) return setConfirming(true);
    setConfirming(false);
    // On success the page says so (this form may be gone: a filed institution has nothing left to file).
    const error = await run(date, reason.trim(), done);
    if (error) setErrors(formErrors(error, [kind, 'reason'], lang));
    else {
      setErrors({ byField: {}, general: [] });
      setReason('');
    }
  };
  return (
    <form className="lifecycle-form" onSubmit={submit} noValidate aria-labelledby={`${kind}-title`}>
      <h3 id={`${kind}-title`}>{title}</h3>
      <FormMessages errors={errors.general} />
      <TextField id={kind} type="date" label={institutionLabel(lang, kind)} value={date} onChange={setDate} error={errors.byField[kind]} />
      <TextArea id={`${kind}-reason`} label={tr('reason')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
      {confirming ? <p className="notice notice-warn">{confirmText}</p> : null}
      <div className="actions">
        <button type="submit">{confirming ? `${action} ✓` : action}</button>
        {confirming ? (
          <button type="button" onClick={() => setConfirming(false)}>
            {tr('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** 登记备案 for an institution not yet filed, 登记停办 for one still open. */
export function FileCloseActions({ institution, run }: { institution: Institution; run(action: LifecycleAction, done: string): Promise<ApiError | null> }) {
  const { tr } = useLang();
  const client = useApolloClient();
  const mutate = (mutation: typeof FILE_INSTITUTION, field: 'filedOn' | 'closedOn', key: 'fileInstitution' | 'closeInstitution') => (date: string, reason: string, done: string) =>
    run(async (expectedVersion) => {
      const result = await client.mutate<Record<string, Institution>>({
        mutation,
        variables: { id: institution.id, expectedVersion, [field]: date, reason: reason || null },
      });
      return result.data![key]!;
    }, done);
  if (institution.closedOn) return null;
  return (
    <div className="lifecycle">
      {institution.filedOn ? null : <DatedAction kind="filedOn" title={tr('fileTitle')} action={tr('fileAction')} done={tr('fileDone')} run={mutate(FILE_INSTITUTION, 'filedOn', 'fileInstitution')} />}
      <DatedAction
        kind="closedOn"
        title={tr('closeTitle')}
        action={tr('closeAction')}
        confirmText={tr('closeConfirm')}
        done={tr('closeDone')}
        run={mutate(CLOSE_INSTITUTION, 'closedOn', 'closeInstitution')}
      />
    </div>
  );
}
