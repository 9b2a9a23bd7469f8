import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CheckboxField, FormMessages, SelectField, TextField } from '../components/fields';
import { today } from '../../shared/format/datetime';
import { describeError } from '../graphql/errors';
import { enumLabel, enumValues } from '../i18n/enum-labels';
import { institutionLabel } from '../institutions/field-list';
import { useLang } from '../i18n/LangContext';
import { useSession, useUser } from '../session/SessionContext';
import { downloadExport } from './download';
import { institutionExportUrl, seriesExportUrl, type ExportFormat, type ExportOrder, type SeriesExportArgs } from './export-url';
import { EXPLORE_CITIES, EXPLORE_INDICATORS, type ExploreCity } from './operations';
import type { ExploreCitiesQuery, ExploreIndicatorsQuery } from '../../shared/graphql/generated';

type YesNo = '' | 'yes' | 'no';

const asBoolean = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** Runs one download and says how it went, in the page's language. */
function useDownload(): { busy: boolean; done: string | null; failed: string | null; run(url: string, fallback: string): Promise<void> } {
  const { session } = useSession();
  const { lang, tr } = useLang();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  return {
    busy,
    done,
    failed,
    async run(url, fallback) {
      setBusy(true);
      setDone(null);
      setFailed(null);
      const outcome = await downloadExport(url, await session.freshToken(), fallback);
      setBusy(false);
      if ('file' in outcome) setDone(tr('exportDone', { file: outcome.file }));
      else setFailed(describeError(outcome.error, lang));
    },
  };
}

function FormatField({ id, value, onChange }: { id: string; value: ExportFormat; onChange(format: ExportFormat): void }) {
  const { tr } = useLang();
  return (
    <SelectField
      id={id}
      label={tr('exportFormat')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'xlsx', label: 'Excel (XLSX)' },
        { value: 'csv', label: 'CSV (UTF-8)' },
      ]}
    />
  );
}

/** CSV and XLSX files of institutions and indicator series, with the API's filters. */
export function ExportPage() {
  const { lang, tr } = useLang();
  const user = useUser();
  const cities = useQuery<ExploreCitiesQuery>(EXPLORE_CITIES).data?.cities ?? [];
  const [city, setCity] = useState(user.cityCode ?? '421000');
  const districts = cities.find((c) => c.code === city)?.districts ?? [];
  const name = (area: { name: string; nameEn: string }) => (lang === 'en' ? area.nameEn : area.name);

  return (
    <section aria-labelledby="export-title">
      <h1 id="export-title">{tr('exportTitle')}</h1>
      <p>
        {tr('exportIntro')} <a href="/graphiql">{tr('exportGraphiql')}</a>
      </p>
      {user.cityCode === null ? (
        <SelectField id="export-city" label={tr('city')} value={city} onChange={setCity} options={cities.map((c) => ({ value: c.code, label: name(c) }))} />
      ) : null}
      <InstitutionExport city={city} districts={districts} />
      <SeriesExport city={city} districts={districts} />
    </section>
  );
}

function InstitutionExport({ city, districts }: { city: string; districts: ExploreCity['districts'] }) {
  const { lang, tr } = useLang();
  const [district, setDistrict] = useState('');
  const [search, setSearch] = useState('');
  const [inclusive, setInclusive] = useState<YesNo>('');
  const [filed, setFiled] = useState<YesNo>('');
  const [ownership, setOwnership] = useState('');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [order, setOrder] = useState<ExportOrder>({ field: 'NAME', direction: 'ASC' });
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const download = useDownload();
  const yesNo = [
    { value: '' as const, label: tr('all') },
    { value: 'yes' as const, label: tr('yes') },
    { value: 'no' as const, label: tr('no') },
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = institutionExportUrl(
      { ...(district ? { districtCode: district } : { cityCode: city }), search: search.trim(), inclusive: asBoolean(inclusive), filed: asBoolean(filed), ownership: ownership || undefined, includeClosed: includeClosed || undefined },
      order,
      format,
      lang,
    );
    void download.run(url, `institutions.${format}`);
  };

  return (
    <form className="edit-form" aria-labelledby="export-institutions" onSubmit={submit} data-testid="export-institutions">
      <h2 id="export-institutions">{tr('exportInstitutions')}</h2>
      <div className="field-grid">
        <SelectField id="export-district" label={tr('district')} value={district} onChange={setDistrict} options={[{ value: '', label: tr('exportAllDistricts') }, ...districts.map((d) => ({ value: d.code, label: lang === 'en' ? d.nameEn : d.name }))]} />
        <TextField id="export-search" label={tr('exportSearch')} value={search} onChange={setSearch} type="search" />
        <SelectField<YesNo> id="export-inclusive" label={institutionLabel(lang, 'inclusive')} value={inclusive} onChange={setInclusive} options={yesNo} />
        <SelectField<YesNo> id="export-filed" label={tr('exportFiled')} value={filed} onChange={setFiled} options={yesNo} />
        <SelectField
          id="export-ownership"
          label={institutionLabel(lang, 'ownership')}
          value={ownership}
          onChange={setOwnership}
          options={[{ value: '', label: tr('all') }, ...enumValues('Ownership').map((o) => ({ value: o as string, label: enumLabel(lang, 'Ownership', o) }))]}
        />
        <SelectField id="export-order" label={tr('exportOrderBy')} value={order.field} onChange={(field) => setOrder({ ...order, field })} options={enumValues('InstitutionOrderField').map((f) => ({ value: f as string, label: enumLabel(lang, 'InstitutionOrderField', f) }))} />
        <SelectField
          id="export-direction"
          label={tr('exportDirection')}
          value={order.direction}
          onChange={(direction) => setOrder({ ...order, direction })}
          options={[
            { value: 'ASC' as const, label: tr('ascending') },
            { value: 'DESC' as const, label: tr('descending') },
          ]}
        />
        <FormatField id="export-format" value={format} onChange={setFormat} />
        <CheckboxField id="export-closed" label={tr('exportIncludeClosed')} checked={includeClosed} onChange={setIncludeClosed} />
      </div>
      <button type="submit" disabled={download.busy}>
        {download.busy ? tr('exportDownloading') : tr('exportDownload')}
      </button>
      <FormMessages errors={download.failed ? [download.failed] : []} success={download.done} />
    </form>
  );
}

function SeriesExport({ city, districts }: { city: string; districts: ExploreCity['districts'] }) {
  const { lang, tr } = useLang();
  const indicators = useQuery<ExploreIndicatorsQuery>(EXPLORE_INDICATORS).data?.indicators ?? [];
  const [key, setKey] = useState('childcare_slots');
  const [scope, setScope] = useState('');
  const [from, setFrom] = useState(`${Number(today().slice(0, 4)) - 2}-01-01`);
  const [to, setTo] = useState(today());
  const [granularity, setGranularity] = useState<SeriesExportArgs['granularity']>('MONTH');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const download = useDownload();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void download.run(seriesExportUrl({ key, scopeCode: scope || city, from, to, granularity }, format, lang), `indicator-series.${format}`);
  };

  return (
    <form className="edit-form" aria-labelledby="export-series" onSubmit={submit} data-testid="export-series">
      <h2 id="export-series">{tr('exportSeries')}</h2>
      <div className="field-grid">
        <SelectField id="series-indicator" label={tr('indicator')} value={key} onChange={setKey} options={indicators.map((i) => ({ value: i.key, label: `${lang === 'en' ? i.nameEn : i.nameZh}（${i.unit}）` }))} />
        <SelectField id="series-scope" label={tr('exportScope')} value={scope} onChange={setScope} options={[{ value: '', label: tr('exportWholeCity') }, ...districts.map((d) => ({ value: d.code, label: lang === 'en' ? d.nameEn : d.name }))]} />
        <TextField id="series-from" label={tr('exportFrom')} value={from} onChange={setFrom} type="date" />
        <TextField id="series-to" label={tr('exportTo')} value={to} onChange={setTo} type="date" />
        <SelectField<SeriesExportArgs['granularity']> id="series-granularity" label={tr('exportGranularity')} value={granularity} onChange={setGranularity} options={enumValues('Granularity').map((g) => ({ value: g, label: enumLabel(lang, 'Granularity', g) }))} />
        <FormatField id="series-format" value={format} onChange={setFormat} />
      </div>
      <button type="submit" disabled={download.busy}>
        {download.busy ? tr('exportDownloading') : tr('exportDownload')}
      </button>
      <FormMessages errors={download.failed ? [download.failed] : []} success={download.done} />
    </form>
  );
}
