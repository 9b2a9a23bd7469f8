import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatCount, formatRatio } from '../../shared/format/number';
import { TextField, SelectField, FormMessages } from '../components/fields';
import { formatDateTime } from '../../shared/format/datetime';
import { describeError, readApiError } from '../graphql/errors';
import { useUser } from '../session/SessionContext';
import { CITY_FIGURES, beforeRecords, compareCity, compareDistricts, signed, type ComparedValue, type FigureKey } from './compare-overviews';
import type { MessageKey } from '../i18n';
import { useLang } from '../i18n/LangContext';
import './explore.css';
import { localInputToIso, toLocalInput } from './instant';
import { EXPLORE_CITIES, OVERVIEW_THEN_AND_NOW, type ExploreCity } from './operations';
import type { ExploreCitiesQuery, OverviewThenAndNowQuery, OverviewThenAndNowQueryVariables } from '../../shared/graphql/generated';

const FIGURE_LABELS: Record<FigureKey, MessageKey> = {
  slots: 'figureSlots',
  enrolled: 'figureEnrolled',
  institutionCount: 'figureInstitutionCount',
  filedInstitutionCount: 'figureFiledInstitutionCount',
  inclusiveInstitutionCount: 'figureInclusiveInstitutionCount',
  slotsPer1000: 'figureSlotsPer1000',
};

type Answer = OverviewThenAndNowQuery;

/** Per 1,000 residents has two decimals; counts are whole. */
function formatFigure(key: FigureKey, value: number): string {
  return key === 'slotsPer1000' ? formatRatio(value, 2) : formatCount(value);
}

function Cells({ value, figure }: { value: ComparedValue; figure: FigureKey }) {
  const show = (n: number | null) => (n === null ? '—' : formatFigure(figure, n));
  const direction = value.change === null || value.change === 0 ? 'same' : value.change > 0 ? 'up' : 'down';
  return (
    <>
      <td className="number">{show(value.then)}</td>
      <td className="number">{show(value.now)}</td>
      <td className={`number change-${direction}`}>{signed(value.change, (n) => formatFigure(figure, n))}</td>
    </>
  );
}

/**
 * Time travel for analysts: the city's figures at an instant they choose (cityOverview
 * with asOf, rebuilt from the audit trail) beside the figures now, city and districts.
 */
export function AsOfPage() {
  const { lang, tr } = useLang();
  const user = useUser();
  const cities = useQuery<ExploreCitiesQuery>(EXPLORE_CITIES);
  const [city, setCity] = useState(user.cityCode ?? '421000');
  const [instant, setInstant] = useState(() => toLocalInput(new Date(Date.now() - 3_600_000)));
  const [invalid, setInvalid] = useState(false);
  const [load, { data, error, loading }] = useLazyQuery<OverviewThenAndNowQuery, OverviewThenAndNowQueryVariables>(OVERVIEW_THEN_AND_NOW, { fetchPolicy: 'network-only' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const asOf = localInputToIso(instant);
    setInvalid(asOf === null);
    if (asOf) void load({ variables: { code: city, asOf } });
  };
  const cityName = (c: ExploreCity) => (lang === 'en' ? c.nameEn : c.name);

  return (
    <section aria-labelledby="as-of-title">
      <h1 id="as-of-title">{tr('asOfTitle')}</h1>
      <p>{tr('asOfIntro')}</p>
      <form className="filters" onSubmit={submit} noValidate>
        {user.cityCode === null ? (
          <SelectField id="as-of-city" label={tr('city')} value={city} onChange={setCity} options={(cities.data?.cities ?? []).map((c) => ({ value: c.code, label: cityName(c) }))} />
        ) : null}
        <TextField
          id="as-of-instant"
          label={tr('asOfInstant')}
          hint={tr('asOfInstantHint')}
          value={instant}
          onChange={setInstant}
          error={invalid ? tr('asOfInvalid') : undefined}
          type="datetime-local"
          step="1"
        />
        <div className="filter-actions">
          <button type="submit" disabled={loading}>
            {tr('asOfShow')}
          </button>
        </div>
      </form>
      <FormMessages errors={error ? [describeError(readApiError(error), lang)] : []} />
      {data ? <Comparison answer={data} /> : null}
    </section>
  );
}

/** The head of a then / now / change table. */
function CompareHead({ first, then }: { first: string; then: string }) {
  const { tr } = useLang();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="number">
          {then}
        </th>
        <th scope="col" className="number">
          {tr('asOfNow')}
        </th>
        <th scope="col" className="number">
          {tr('asOfChange')}
        </th>
      </tr>
    </thead>
  );
}

function Comparison({ answer }: { answer: Answer }) {
  const { lang, tr } = useLang();
  const unknown = beforeRecords(answer.then);
  const known = unknown ? null : answer.then;
  const city = compareCity(known, answer.now);
  const districts = compareDistricts(known, answer.now);
  const then = tr('asOfThen', { time: formatDateTime(answer.then.asOf, { seconds: true }) });
  return (
    <div data-testid="as-of-result">
      {unknown ? (
        <p className="notice" role="status" data-testid="as-of-before-trail">
          {tr('asOfBeforeRecords', { time: formatDateTime(answer.then.recordsBeginAt, { seconds: true }) })}
        </p>
      ) : null}
      <p>{answer.then.lastChangedAt ? tr('asOfLastChange', { time: formatDateTime(answer.then.lastChangedAt, { seconds: true }) }) : tr('asOfNoChange')}</p>
      <table className="data-table" data-testid="as-of-city">
        <CompareHead first={tr('asOfFigure')} then={then} />
        <tbody>
          {CITY_FIGURES.map((key) => (
            <tr key={key} data-figure={key}>
              <th scope="row">{tr(FIGURE_LABELS[key])}</th>
              <Cells value={city[key]} figure={key} />
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{tr('asOfDistricts')}</h2>
      <table className="data-table" data-testid="as-of-districts">
        <CompareHead first={tr('district')} then={then} />
        <tbody>
          {districts.map((d) => (
            <tr key={d.code} data-district={d.code}>
              <th scope="row">{lang === 'en' ? d.nameEn : d.name}</th>
              <Cells value={d.slots} figure="slots" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
