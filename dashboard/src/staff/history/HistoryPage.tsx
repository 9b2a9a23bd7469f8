import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { describeError, readApiError } from '../graphql/errors';
import { INSTITUTION, INSTITUTION_HISTORY } from '../graphql/operations';
import { useCityDistricts } from '../hooks/useCityDistricts';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { useUser } from '../session/SessionContext';
import { InstitutionHeader } from '../institutions/InstitutionHeader';
import { fieldLabel, formatFieldValue } from '../institutions/field-format';
import { auditChanges } from './audit-diff';
import type { InstitutionHistoryQuery, InstitutionHistoryQueryVariables, InstitutionQuery, InstitutionQueryVariables } from '../../shared/graphql/generated';

/** An institution's audit trail: who, when, in which role, what changed from what to what, and why. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const { lang, tr } = useLang();
  const user = useUser();
  const record = useQuery<InstitutionQuery, InstitutionQueryVariables>(INSTITUTION, { variables: { id } });
  const { data, loading, error } = useQuery<InstitutionHistoryQuery, InstitutionHistoryQueryVariables>(INSTITUTION_HISTORY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const { districts } = useCityDistricts(user.cityCode);
  const districtName = (districtId: number) => {
    const district = districts.find((d) => Number(d.id) === districtId);
    return district ? (lang === 'en' ? district.nameEn : district.name) : undefined;
  };
  const entries = data?.institution?.history ?? [];
  return (
    <article aria-labelledby="institution-title">
      {record.data?.institution ? <InstitutionHeader institution={record.data.institution} /> : null}
      <h2>{tr('historyTitle')}</h2>
      {error ? <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p> : null}
      {loading && entries.length === 0 ? <p role="status">{tr('loading')}</p> : null}
      {!loading && entries.length === 0 && !error ? <p className="notice notice-info">{tr('historyEmpty')}</p> : null}
      {entries.length > 0 ? (
        <table className="data-table history-table" data-testid="history-table">
          <caption className="sr-only">{tr('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('historyWhen')}</th>
              <th scope="col">{tr('historyWho')}</th>
              <th scope="col">{tr('historyRole')}</th>
              <th scope="col">{tr('historyAction')}</th>
              <th scope="col">{tr('historyChanges')}</th>
              <th scope="col">{tr('historyReason')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at, { seconds: true })}</td>
                <td>{entry.actorName}</td>
                <td>{enumLabel(lang, 'Role', entry.actorRole)}</td>
                <td>{enumLabel(lang, 'AuditAction', entry.action)}</td>
                <td>
                  <ul className="changes">
                    {auditChanges(entry.before, entry.after).map((change) => (
                      <li key={change.field}>
                        <span className="change-field">{fieldLabel(lang, change.field)}</span>
                        {entry.before === null ? (
                          <>: {formatFieldValue(lang, change.field, change.after, { districtName })}</>
                        ) : (
                          <>
                            : <del>{formatFieldValue(lang, change.field, change.before, { districtName })}</del> →{' '}
                            <ins>{formatFieldValue(lang, change.field, change.after, { districtName })}</ins>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{entry.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
