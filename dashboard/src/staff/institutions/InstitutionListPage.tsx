import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatCount } from '../../shared/format/number';
import { SelectField } from '../components/fields';
import { describeError, readApiError } from '../graphql/errors';
import { CITIES, INSTITUTIONS } from '../graphql/operations';
import type { Institution } from '../graphql/types';
import { useCityDistricts } from '../hooks/useCityDistricts';
import { InstitutionChanges } from '../hooks/useInstitutionChanges';
import { useLang } from '../i18n/LangContext';
import { useUser } from '../session/SessionContext';
import { InstitutionFilters } from './InstitutionFilters';
import { InstitutionTable } from './InstitutionTable';
import { listVariables, readListParams, writeListParams, type ListParams } from './list-params';
import type { CitiesQuery, InstitutionsQuery, InstitutionsQueryVariables } from '../../shared/graphql/generated';

/** How long a row changed by someone else stays marked. */
const FRESH_MS = 6_000;

/** An analyst belongs to no city: they pick one (`?city=`). */
function useListCity(): [string | null, (code: string) => void, CitiesQuery['cities']] {
  const user = useUser();
  const [query, setQuery] = useSearchParams();
  const { data } = useQuery<CitiesQuery>(CITIES, { skip: user.cityCode !== null });
  const cities = data?.cities ?? [];
  const chosen = query.get('city');
  const city = user.cityCode ?? (cities.some((c) => c.code === chosen) ? chosen : (cities[0]?.code ?? null));
  const choose = (code: string) => setQuery((q) => (q.set('city', code), q));
  return [city, choose, cities];
}

/** The institutions in the viewer's scope: search, filters, order, pages, live changes. */
export function InstitutionListPage() {
  const user = useUser();
  const { lang, tr } = useLang();
  const [query, setQuery] = useSearchParams();
  const params = readListParams(query.toString());
  const [cityCode, chooseCity, cities] = useListCity();
  const { districts } = useCityDistricts(cityCode);
  const restricted = user.role === 'STAFF';
  const scopeDistricts = restricted ? districts.filter((d) => user.districtCodes.includes(d.code)) : districts;
  const scope = { cityCode, districtCodes: scopeDistricts.map((d) => d.code), restricted };

  // Cursors of the pages before this one; a new search starts again at page 1.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filterKey = `${writeListParams(params)}|${cityCode}`;
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    setCursors([null]);
  }
  const after = cursors[cursors.length - 1] ?? null;
  const variables = listVariables(params, scope, after);
  const { data, previousData, loading, error, refetch } = useQuery<InstitutionsQuery, InstitutionsQueryVariables>(INSTITUTIONS, {
    variables,
    skip: !cityCode || (restricted && scope.districtCodes.length === 0),
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.institutions;
  const rows = page?.edges.map((e) => e.node) ?? [];

  const setParams = (next: ListParams) => {
    const keep: Record<string, string> = {};
    for (const key of ['lang', 'city']) if (query.get(key)) keep[key] = query.get(key)!;
    setQuery(writeListParams(next, keep).replace(/^\?/, ''));
  };

  // Live: changes of rows on this page arrive through the cache; others refresh the page.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const onPage = useRef(new Set<string>());
  const pageIds = rows.map((r) => r.id).join(',');
  useEffect(() => {
    onPage.current = new Set(pageIds.split(','));
  }, [pageIds]);
  const refetchSoon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChange = (institution: Institution) => {
    if (!onPage.current.has(institution.id)) {
      clearTimeout(refetchSoon.current);
      refetchSoon.current = setTimeout(() => void refetch(), 300);
    }
    setFresh((current) => new Set(current).add(institution.id));
    setAnnouncement(tr('liveUpdated', { name: institution.name }));
    setTimeout(() => setFresh((current) => new Set([...current].filter((id) => id !== institution.id))), FRESH_MS);
  };
  useEffect(() => () => clearTimeout(refetchSoon.current), []);

  const total = page?.totalCount ?? 0;
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{tr('institutionsTitle')}</h1>
      {user.cityCode === null && cities.length > 0 ? (
        <SelectField id="filter-city" label={tr('city')} value={cityCode ?? ''} onChange={chooseCity} options={cities.map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.name }))} />
      ) : null}
      <InstitutionFilters params={{ ...params, district: variables.filter.districtCode ?? '' }} districts={scopeDistricts} allowAllDistricts={!restricted} onChange={setParams} />
      <InstitutionChanges districtCodes={scope.districtCodes} onChange={onChange} />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {error ? <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p> : null}
      <p className="list-summary" aria-live="polite" data-testid="institution-count">
        {loading && !page ? tr('loading') : tr('totalInstitutions', { count: formatCount(total, lang === 'en' ? '' : '个') })}
      </p>
      {page && rows.length === 0 ? <p className="notice notice-info">{tr('noInstitutions')}</p> : null}
      {rows.length > 0 ? <InstitutionTable rows={rows} fresh={fresh} /> : null}
      <nav className="pager" aria-label={tr('pageNumber', { page: cursors.length })}>
        <button type="button" disabled={cursors.length <= 1 || loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {tr('previousPage')}
        </button>
        <span>{tr('pageNumber', { page: cursors.length })}</span>
        <button
          type="button"
          disabled={!page?.pageInfo.hasNextPage || loading}
          onClick={() => page?.pageInfo.endCursor && setCursors((c) => [...c, page.pageInfo.endCursor])}
        >
          {tr('nextPage')}
        </button>
      </nav>
    </section>
  );
}
