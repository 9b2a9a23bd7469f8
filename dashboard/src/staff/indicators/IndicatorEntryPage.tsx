import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatCount } from '../../shared/format/number';
import { editableDistricts } from '../access/permissions';
import { FormMessages, SelectField, TextArea, TextField } from '../components/fields';
import { formErrors, readApiError, type FormErrors } from '../graphql/errors';
import { INDICATOR_SERIES, INDICATORS, RECORD_INDICATOR_VALUE } from '../graphql/operations';
import type { IndicatorDefinition } from '../graphql/types';
import { districtLabel, useCityDistricts } from '../hooks/useCityDistricts';
import { today } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { useUser } from '../session/SessionContext';
import { monthOf, periodOfMonth, readFigure, recentWindow } from './period';
import type { IndicatorSeriesQuery, IndicatorSeriesQueryVariables, IndicatorsQuery, RecordIndicatorValueMutation, RecordIndicatorValueMutationVariables } from '../../shared/graphql/generated';

const FORM_FIELDS = ['indicatorKey', 'scopeCode', 'period', 'value', 'sourceNote', 'reason'];

/** A figure already recorded for the period, which only its current version may replace. */
interface Existing {
  value: number;
  version: number;
}

/**
 * Recording a STORED indicator's figure for a district (or, for a city admin, the city).
 * A period already recorded answers CONFLICT with the figure there: shown, and replaced
 * only when the person says so (with that version).
 */
export function IndicatorEntryPage() {
  const user = useUser();
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const { districts, cityName } = useCityDistricts(user.cityCode);
  const { data } = useQuery<IndicatorsQuery>(INDICATORS);
  const indicators = (data?.indicators ?? []).filter((i) => i.computation === 'STORED');
  const scopes = [
    ...(user.role === 'CITY_ADMIN' && user.cityCode ? [{ value: user.cityCode, label: tr('cityWide', { name: cityName ?? user.cityCode }) }] : []),
    ...editableDistricts(user, districts).map((d) => ({ value: d.code, label: districtLabel(lang, d) })),
  ];

  const [key, setKey] = useState('');
  const [scope, setScope] = useState('');
  const [month, setMonth] = useState(monthOf(today()));
  const [value, setValue] = useState('');
  const [sourceNote, setSourceNote] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ byField: {}, general: [] });
  const [existing, setExisting] = useState<Existing | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const indicator = indicators.find((i) => i.key === key) ?? indicators[0];
  const scopeCode = scopes.some((s) => s.value === scope) ? scope : (scopes[0]?.value ?? '');
  const span = indicator ? recentWindow(today(), indicator.frequency) : null;
  const series = useQuery<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>(
    INDICATOR_SERIES,
    indicator && scopeCode && span ? { variables: { key: indicator.key, scopeCode, ...span }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const unit = indicator?.unit ?? '';
  const show = (n: number) => formatCount(n, lang === 'en' ? '' : unit);
  const name = (i: IndicatorDefinition) => (lang === 'en' ? i.nameEn : i.nameZh);

  const record = async (expectedVersion: number | null) => {
    setSuccess(null);
    const figure = readFigure(value);
    const period = periodOfMonth(month);
    if (typeof figure === 'string' || !period) {
      setErrors({ byField: { ...(typeof figure === 'string' ? { value: tr(figure) } : {}), ...(period ? {} : { period: tr('required') }) }, general: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await client.mutate<RecordIndicatorValueMutation, RecordIndicatorValueMutationVariables>({
        mutation: RECORD_INDICATOR_VALUE,
        variables: { input: { indicatorKey: indicator!.key, scopeCode, period, value: figure, sourceNote: sourceNote.trim() || null }, expectedVersion, reason: reason.trim() || null },
      });
      const saved = result.data!.recordIndicatorValue;
      setSuccess(tr('recorded', { indicator: name(indicator!), period: saved.period, value: show(saved.value) }));
      setErrors({ byField: {}, general: [] });
      setExisting(null);
      setReason('');
      void series.refetch();
    } catch (caught) {
      const error = readApiError(caught);
      const current = error.current as { value?: unknown } | undefined;
      if (error.code === 'CONFLICT' && error.currentVersion !== undefined && typeof current?.value === 'number') {
        setErrors({ byField: {}, general: [] });
        setExisting({ value: current.value, version: error.currentVersion });
      } else setErrors(formErrors(error, FORM_FIELDS, lang));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record(null);
  };
  const points = [...(series.data?.indicatorSeries ?? [])].reverse().slice(0, 12);
  return (
    <section aria-labelledby="indicators-title">
      <h1 id="indicators-title">{tr('indicatorsTitle')}</h1>
      <div className="two-columns">
        <form className="edit-form" onSubmit={submit} noValidate>
          <FormMessages errors={errors.general} success={success} />
          <SelectField
            id="indicatorKey"
            label={tr('indicator')}
            value={indicator?.key ?? ''}
            onChange={(k) => (setKey(k), setExisting(null))}
            options={indicators.map((i) => ({ value: i.key, label: `${name(i)}（${i.unit}）` }))}
            error={errors.byField.indicatorKey}
          />
          <SelectField id="scopeCode" label={tr('scope')} value={scopeCode} onChange={(s) => (setScope(s), setExisting(null))} options={scopes} error={errors.byField.scopeCode} />
          <TextField id="period" type="month" label={tr('period')} hint={tr('periodHint')} value={month} onChange={(m) => (setMonth(m), setExisting(null))} error={errors.byField.period} />
          <TextField id="value" label={`${tr('value')}${unit ? `（${unit}）` : ''}`} inputMode="decimal" value={value} onChange={setValue} error={errors.byField.value} />
          <TextField id="sourceNote" label={tr('sourceNote')} value={sourceNote} onChange={setSourceNote} error={errors.byField.sourceNote} />
          <TextArea id="reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} error={errors.byField.reason} maxLength={500} />
          {existing ? (
            <div className="notice notice-warn" role="alert">
              {tr('existingValue', { value: show(existing.value), version: existing.version })}{' '}
              <button type="button" className="primary" onClick={() => void record(existing.version)} disabled={busy}>
                {tr('replaceValue', { value })}
              </button>{' '}
              <button type="button" onClick={() => setExisting(null)}>
                {tr('cancel')}
              </button>
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || !indicator || !scopeCode}>
              {busy ? tr('saving') : tr('record')}
            </button>
          </div>
        </form>
        <aside aria-labelledby="recent-title">
          <h2 id="recent-title">{tr('recentValues')}</h2>
          {points.length === 0 ? (
            <p>{tr('noValues')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{tr('period')}</th>
                  <th scope="col" className="number">
                    {tr('value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.period}>
                    <td>
                      {p.period}
                      {p.live ? <span className="badge">{tr('live')}</span> : null}
                    </td>
                    <td className="number">{show(p.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </aside>
      </div>
    </section>
  );
}
