import { Link } from 'react-router';
import { formatCount } from '../../shared/format/number';
import type { Institution } from '../graphql/types';
import { districtLabel } from '../hooks/useCityDistricts';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { institutionLabel, institutionUnit, type InstitutionFieldKey } from './field-list';

/** A page of institutions; rows just changed by someone are marked for a few seconds. */
export function InstitutionTable({ rows, fresh }: { rows: Institution[]; fresh: ReadonlySet<string> }) {
  const { lang, tr } = useLang();
  const label = (key: InstitutionFieldKey) => institutionLabel(lang, key, { unit: false });
  return (
    <table className="data-table" data-testid="institution-table">
      <caption className="sr-only">{tr('institutionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{label('name')}</th>
          <th scope="col">{label('district')}</th>
          <th scope="col">{label('ownership')}</th>
          <th scope="col">{label('inclusive')}</th>
          <th scope="col">{label('filedOn')}</th>
          <th scope="col" className="number">
            {label('slots')}
          </th>
          <th scope="col" className="number">
            {label('enrolled')}
          </th>
          <th scope="col">{label('openedOn')}</th>
          <th scope="col">{tr('columnUpdatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={fresh.has(row.id) ? 'row-fresh' : undefined} data-institution-id={row.id}>
            <th scope="row">
              <Link to={`/admin/institutions/${row.id}`}>{row.name}</Link>
              {row.closedOn ? <span className="badge">{tr('closedBadge')}</span> : null}
            </th>
            <td>{districtLabel(lang, row.district)}</td>
            <td>{enumLabel(lang, 'Ownership', row.ownership)}</td>
            <td>{row.inclusive ? tr('yes') : tr('no')}</td>
            <td>{row.filedOn ?? tr('notFiled')}</td>
            <td className="number">{formatCount(row.slots, institutionUnit(lang, 'slots'))}</td>
            <td className="number">{formatCount(row.enrolled, institutionUnit(lang, 'enrolled'))}</td>
            <td>{row.openedOn}</td>
            <td>{formatDateTime(row.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
