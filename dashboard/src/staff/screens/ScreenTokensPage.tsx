import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormMessages, TextField } from '../components/fields';
import { describeError, formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { DISPLAY_TOKENS, ISSUE_DISPLAY_TOKEN, REVOKE_DISPLAY_TOKEN } from '../graphql/operations';
import type { DisplayToken } from '../graphql/types';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { useUser } from '../session/SessionContext';
import { QrCode } from './QrCode';
import { wallUrl } from '../../shared/wall-address';
import type { DisplayTokensQuery, DisplayTokensQueryVariables, IssueDisplayTokenMutation, IssueDisplayTokenMutationVariables } from '../../shared/graphql/generated';

/** The one moment a token is shown: its wall address, to copy or scan. */
function IssuedToken({ name, url }: { name: string; url: string }) {
  const { tr } = useLang();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (plain http): the address is selectable on the page.
      (document.getElementById('wall-url') as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section className="issued" aria-labelledby="issued-title" data-testid="issued-token">
      <h2 id="issued-title">{tr('issued', { name })}</h2>
      <div className="issued-body">
        <div className="field">
          <label htmlFor="wall-url">{tr('wallUrl')}</label>
          <input id="wall-url" readOnly value={url} onFocus={(e) => e.target.select()} data-testid="wall-url" />
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              {copied ? tr('copied') : tr('copy')}
            </button>
          </div>
        </div>
        <QrCode text={url} alt={tr('qrAlt')} />
      </div>
    </section>
  );
}

/** A city admin's screen tokens: issue (shown once as a wall address and QR code), list, revoke. */
export function ScreenTokensPage() {
  const user = useUser();
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const cityCode = user.cityCode!;
  const { data, error, refetch } = useQuery<DisplayTokensQuery, DisplayTokensQueryVariables>(DISPLAY_TOKENS, { variables: { cityCode } });
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const [issued, setIssued] = useState<{ name: string; url: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const issue = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      const result = await client.mutate<IssueDisplayTokenMutation, IssueDisplayTokenMutationVariables>({
        mutation: ISSUE_DISPLAY_TOKEN,
        variables: { cityCode, name: name.trim() },
      });
      const { token, displayToken } = result.data!.issueDisplayToken;
      setIssued({ name: displayToken.name, url: wallUrl(window.location.origin, cityCode, token) });
      setName('');
      setErrors({ byField: {}, general: [] });
      await refetch();
    } catch (caught) {
      setErrors(formErrors(readApiError(caught), ['name'], lang));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: DisplayToken) => {
    setConfirming(null);
    try {
      await client.mutate({ mutation: REVOKE_DISPLAY_TOKEN, variables: { id: token.id } });
      setStatus(`${token.name}: ${tr('revoked')}`);
    } catch (caught) {
      setStatus(describeError(readApiError(caught), lang));
    }
  };

  const tokens = data?.displayTokens ?? [];
  return (
    <section aria-labelledby="screens-title">
      <h1 id="screens-title">{tr('screensTitle')}</h1>
      <p>{tr('screensIntro')}</p>
      <form className="inline-form" onSubmit={issue} noValidate>
        <FormMessages errors={errors.general} />
        <TextField id="screen-name" label={tr('screenName')} placeholder={tr('screenNamePlaceholder')} value={name} onChange={setName} error={errors.byField.name} />
        <button type="submit" className="primary" disabled={busy}>
          {tr('issue')}
        </button>
      </form>
      {issued ? <IssuedToken name={issued.name} url={issued.url} /> : null}
      {error ? <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p> : null}
      <p role="status" className={status ? 'notice notice-success' : 'sr-only'}>
        {status ?? ''}
      </p>
      {data && tokens.length === 0 ? <p className="notice notice-info">{tr('noTokens')}</p> : null}
      {tokens.length > 0 ? (
        <table className="data-table" data-testid="token-table">
          <thead>
            <tr>
              <th scope="col">{tr('screenName')}</th>
              <th scope="col">{tr('createdAt')}</th>
              <th scope="col">{tr('lastUsed')}</th>
              <th scope="col">{tr('status')}</th>
              <th scope="col">
                <span className="sr-only">{tr('revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token-name={token.name}>
                <th scope="row">{token.name}</th>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>{formatDateTime(token.lastUsedAt)}</td>
                <td>{token.revokedAt ? tr('revokedAt', { time: formatDateTime(token.revokedAt) }) : tr('inUse')}</td>
                <td>
                  {token.revokedAt ? null : confirming === token.id ? (
                    <span className="confirm">
                      {tr('revokeConfirm', { name: token.name })}{' '}
                      <button type="button" className="danger" onClick={() => void revoke(token)}>
                        {tr('revoke')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {tr('cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(token.id)} aria-label={`${tr('revoke')} ${token.name}`}>
                      {tr('revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
