import { useApolloClient } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { formatCount } from '../../shared/format/number';
import { FormMessages, SelectField, TextArea } from '../components/fields';
import { describeError, readApiError, type RowError } from '../graphql/errors';
import { IMPORT_INDICATOR_VALUES, IMPORT_INSTITUTIONS } from '../graphql/operations';
import type { ImportReport } from '../graphql/types';
import type { Lang } from '../i18n';
import { useLang } from '../i18n/LangContext';
import { INSTITUTION_FIELDS } from '../institutions/field-list';
import { decodeCsvBytes, toBase64 } from './csv';
import { previewRows } from './import-preview';

type Kind = 'institutions' | 'indicatorValues';

/** The institution columns the import reads: the field list's, but those only the export writes. */
const INSTITUTION_COLUMNS = INSTITUTION_FIELDS.filter((f) => !('exportOnly' in f));

const KINDS = {
  institutions: {
    mutation: IMPORT_INSTITUTIONS,
    field: 'importInstitutions',
    columns: (lang: Lang) => (lang === 'en' ? INSTITUTION_COLUMNS.map((f) => f.en).join(', ') : INSTITUTION_COLUMNS.map((f) => f.zh).join('、')),
  },
  indicatorValues: { mutation: IMPORT_INDICATOR_VALUES, field: 'importIndicatorValues', columns: () => '指标、区县/城市、期间、数值、备注' },
} as const;

interface LoadedFile {
  name: string;
  base64: string;
  /** The records as this browser reads them, to show the offending cells; null if unreadable here. */
  records: string[][] | null;
}

/** What the last check or commit said, for the file and kind it was about. */
interface Outcome {
  file: LoadedFile;
  kind: Kind;
  report: ImportReport | null;
  /** Row errors of a refused commit (someone changed the data between check and commit). */
  refused: RowError[] | null;
}

/**
 * CSV import in two steps: a dry run lists every problem (row, column, the cell, what is
 * wrong) and writes nothing; only a file that passed its check can be committed, which
 * writes every row or none.
 */
export function ImportPage() {
  const { lang, tr } = useLang();
  const client = useApolloClient();
  const [kind, setKind] = useState<Kind>('institutions');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setOutcome(null);
    setDone(null);
    setProblem(null);
    if (!chosen) return setFile(null);
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const decoded = decodeCsvBytes(bytes);
    const { parseCsv } = await import('./csv-records');
    setFile({ name: chosen.name, base64: toBase64(bytes), records: decoded ? parseCsv(decoded.text) : null });
  };

  const run = async (dryRun: boolean) => {
    if (!file) return setProblem(tr('chooseFileFirst'));
    setBusy(dryRun ? 'check' : 'commit');
    setProblem(null);
    setDone(null);
    const { mutation, field } = KINDS[kind];
    try {
      const result = await client.mutate<Record<string, ImportReport>>({ mutation, variables: { file: file.base64, dryRun, reason: reason.trim() || null } });
      const report = result.data![field]!;
      setOutcome({ file, kind, report, refused: null });
      if (report.committed) {
        setDone(tr('importDone', { count: formatCount(report.importedCount) }));
        setReason('');
      }
    } catch (caught) {
      const error = readApiError(caught);
      if (error.rowErrors) {
        setOutcome({ file, kind, report: null, refused: error.rowErrors });
        setProblem(tr('importRefused'));
      } else setProblem(describeError(error, lang));
    } finally {
      setBusy(null);
    }
  };

  const current = outcome && outcome.file === file && outcome.kind === kind ? outcome : null;
  const report = current?.report ?? null;
  const passed = !!report && report.dryRun && report.errorCount === 0 && report.validRowCount > 0;
  const rowErrors = current?.refused ?? report?.errors ?? [];
  const rows = previewRows(rowErrors, file?.records ?? null, lang);
  const unlisted = report ? report.errorCount - report.errors.length : 0;
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{tr('importTitle')}</h1>
      <form className="edit-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SelectField
          id="import-kind"
          label={tr('importKind')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setDone(null);
          }}
          options={[
            { value: 'institutions' as const, label: tr('importInstitutions') },
            { value: 'indicatorValues' as const, label: tr('importIndicatorValues') },
          ]}
        />
        <div className="field">
          <label htmlFor="import-file">{tr('importFile')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} aria-describedby="import-file-hint import-columns" />
          <p className="field-hint" id="import-file-hint">
            {tr('importFileHint')}
          </p>
          <p className="field-hint" id="import-columns">
            {tr('importColumns', { columns: KINDS[kind].columns(lang) })}
          </p>
        </div>
        <TextArea id="import-reason" label={tr('reason')} hint={tr('reasonHint')} value={reason} onChange={setReason} maxLength={500} />
        <FormMessages errors={problem ? [problem] : []} success={done} />
        <div className="actions">
          <button type="button" onClick={() => void run(true)} disabled={busy !== null}>
            {busy === 'check' ? tr('checking') : tr('dryRun')}
          </button>
          <button type="button" className="primary" onClick={() => void run(false)} disabled={busy !== null || !passed}>
            {busy === 'commit' ? tr('committing') : tr('commit')}
          </button>
        </div>
      </form>
      {report?.dryRun ? (
        <p className={`notice ${report.errorCount === 0 ? 'notice-success' : 'notice-error'}`} role="status" data-testid="dry-run-summary">
          {report.errorCount === 0
            ? tr('dryRunOk', { rows: formatCount(report.validRowCount), encoding: report.encoding })
            : tr('dryRunErrors', { count: formatCount(report.errorCount), rows: formatCount(report.validRowCount), encoding: report.encoding })}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table className="data-table preview-table" data-testid="import-errors">
          <caption>{tr('previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                {tr('previewRow')}
              </th>
              <th scope="col">{tr('previewColumn')}</th>
              <th scope="col">{tr('previewCell')}</th>
              <th scope="col">{tr('previewMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.row}-${row.column}-${i}`}>
                <td className="number">{row.row}</td>
                <td>{row.column || tr('wholeFile')}</td>
                <td>
                  <code>{row.cell ?? ''}</code>
                </td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {unlisted > 0 ? <p className="field-hint">{tr('moreErrors', { count: formatCount(unlisted) })}</p> : null}
    </section>
  );
}
