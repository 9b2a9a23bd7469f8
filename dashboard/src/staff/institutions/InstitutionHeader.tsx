import { NavLink } from 'react-router';
import type { Institution } from '../graphql/types';
import { districtLabel } from '../hooks/useCityDistricts';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';

/** Name, district, filing and closing state, version; the tabs of an institution's pages. */
export function InstitutionHeader({ institution }: { institution: Pick<Institution, 'id' | 'name' | 'district' | 'filedOn' | 'closedOn' | 'version' | 'updatedAt'> }) {
  const { lang, tr } = useLang();
  const state = institution.closedOn ? tr('closedOnValue', { date: institution.closedOn }) : tr('open');
  const filed = institution.filedOn ? tr('filedOnValue', { date: institution.filedOn }) : tr('notFiled');
  return (
    <header className="record-header">
      <h1 id="institution-title">{institution.name}</h1>
      <p className="record-meta">
        {districtLabel(lang, institution.district)} · {filed} · {state} ·{' '}
        <span data-testid="institution-version">{tr('institutionVersion', { version: institution.version, time: formatDateTime(institution.updatedAt) })}</span>
      </p>
      <nav className="tabs" aria-label={institution.name}>
        <NavLink to={`/admin/institutions/${institution.id}`} end>
          {tr('editTab')}
        </NavLink>
        <NavLink to={`/admin/institutions/${institution.id}/history`}>{tr('historyTab')}</NavLink>
      </nav>
    </header>
  );
}
