import { NavLink, Outlet } from 'react-router';
import { navItems } from '../access/permissions';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { useSession, useUser } from '../session/SessionContext';

/** The frame of every signed-in page: who is signed in, the language, the navigation. */
export function AdminLayout() {
  const { lang, setLang, tr } = useLang();
  const { session } = useSession();
  const user = useUser();
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        {tr('skipToContent')}
      </a>
      <header className="admin-header">
        <span className="admin-title">{tr('appTitle')}</span>
        <span className="admin-user" data-testid="signed-in-user">
          {tr('signedInAs', { name: user.displayName, role: enumLabel(lang, 'Role', user.role) })}
        </span>
        <button type="button" className="link-button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} lang={lang === 'en' ? 'zh-CN' : 'en'}>
          {tr('language')}
        </button>
        <button type="button" className="link-button" onClick={() => void session.logout()}>
          {tr('logout')}
        </button>
      </header>
      <nav className="admin-nav" aria-label={tr('mainNavigation')}>
        <ul>
          {navItems(user).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end>
                {tr(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="admin-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
