import { skipToken, useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { formatCount, formatPercent } from '../../shared/format/number';
import { describeError, readApiError } from '../graphql/errors';
import { CITY_TARGETS } from '../graphql/operations';
import { districtLabel, useCityDistricts } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { useUser } from '../session/SessionContext';
import { NewTargetForm } from './NewTargetForm';
import { TargetEditor } from './TargetEditor';
import type { CityTargetsQuery, CityTargetsQueryVariables } from '../../shared/graphql/generated';

/** The city's work targets with their progress; a city admin edits them and adds new ones. */
export function TargetsPage() {
  const user = useUser();
  const { lang, tr } = useLang();
  const { districts, cityName } = useCityDistricts(user.cityCode);
  const { data, error, refetch } = useQuery<CityTargetsQuery, CityTargetsQueryVariables>(
    CITY_TARGETS,
    // The page is a city admin's, who always has a city; without one there is nothing to ask.
    user.cityCode ? { variables: { code: user.cityCode }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const done = (message: string) => {
    setEditing(null);
    setAdding(false);
    setStatus(message);
    if (message) void refetch();
  };
  const scopeName = (code: string) => {
    if (code === user.cityCode) return cityName ?? code;
    const district = districts.find((d) => d.code === code);
    return district ? districtLabel(lang, district) : code;
  };
  const targets = data?.city?.targets ?? [];
  return (
    <section aria-labelledby="targets-title">
      <h1 id="targets-title">{tr('targetsTitle')}</h1>
      <p role="status" className={status ? 'notice notice-success' : 'sr-only'}>
        {status}
      </p>
      {error ? <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p> : null}
      {adding ? (
        <NewTargetForm onDone={done} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {tr('newTarget')}
        </button>
      )}
      {data && targets.length === 0 ? <p className="notice notice-info">{tr('noTargets')}</p> : null}
      {targets.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tr('targetTitle')}</th>
              <th scope="col">{tr('targetScope')}</th>
              <th scope="col">{tr('targetKind')}</th>
              <th scope="col">
                {tr('startsOn')} – {tr('deadline')}
              </th>
              <th scope="col" className="number">
                {tr('baseline')}
              </th>
              <th scope="col" className="number">
                {tr('targetValue')}
              </th>
              <th scope="col" className="number">
                {tr('currentValue')}
              </th>
              <th scope="col" className="number">
                {tr('progress')}
              </th>
              <th scope="col">
                <span className="sr-only">{tr('edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <Fragment key={target.id}>
                <tr>
                  <th scope="row">{target.title}</th>
                  <td>{scopeName(target.scopeCode)}</td>
                  <td>{enumLabel(lang, 'TargetKind', target.kind)}</td>
                  <td>
                    {target.startsOn} – {target.deadline}
                  </td>
                  <td className="number">{formatCount(target.baseline, target.unit)}</td>
                  <td className="number">{formatCount(target.targetValue, target.unit)}</td>
                  <td className="number">{formatCount(target.currentValue, target.unit)}</td>
                  <td className="number">{formatPercent(target.progress)}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(editing === target.id ? null : target.id)} aria-expanded={editing === target.id} aria-label={`${tr('edit')} ${target.title}`}>
                      {tr('edit')}
                    </button>
                  </td>
                </tr>
                {editing === target.id ? (
                  <tr>
                    <td colSpan={9}>
                      <TargetEditor target={target} onDone={done} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
