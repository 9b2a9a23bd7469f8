import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { TextField, FormMessages } from '../components/fields';
import { describeError, readApiError } from '../graphql/errors';
import { useLang } from '../i18n/LangContext';
import { useSession } from '../session/SessionContext';

/** Where to go after signing in: back to the page that asked, else the institutions. */
function destination(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && /^\/(admin|explore)(\/|\?|$)/.test(from) && !from.startsWith('/admin/login') ? from : '/admin/institutions';
}

export function LoginPage() {
  const { session, snapshot } = useSession();
  const { lang, setLang, tr } = useLang();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (snapshot.status === 'signedIn') return <Navigate to={destination(location.state)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.login(username.trim(), password);
    } catch (caught) {
      setError(describeError(readApiError(caught), lang));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const notice = snapshot.notice === 'expired' ? tr('sessionExpired') : snapshot.notice === 'otherTab' ? tr('sessionInOtherTab') : null;
  return (
    <main className="login" id="main">
      <form className="login-form" onSubmit={submit} noValidate>
        <h1>{tr('appTitle')}</h1>
        <h2>{tr('loginTitle')}</h2>
        {notice && !error ? <p className="notice notice-info">{notice}</p> : null}
        <FormMessages errors={error ? [error] : []} />
        <TextField id="username" label={tr('username')} value={username} onChange={setUsername} autoComplete="username" required />
        <TextField id="password" label={tr('password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        <button type="submit" className="primary" disabled={busy || snapshot.status === 'restoring'}>
          {busy ? tr('loggingIn') : tr('login')}
        </button>
        <button type="button" className="link-button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} lang={lang === 'en' ? 'zh-CN' : 'en'}>
          {tr('language')}
        </button>
      </form>
    </main>
  );
}
