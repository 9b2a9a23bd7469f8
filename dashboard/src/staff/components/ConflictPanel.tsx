import type { ReactNode } from 'react';
import type { ConflictRow } from '../institutions/conflict-diff';
import { useLang } from '../i18n/LangContext';

/**
 * Another person's change set beside mine, field by field: the value when I opened the
 * record, mine, and theirs now, with the fields where mine and theirs differ marked (in
 * words as well as colour). The buttons say what happens next.
 */
export function ConflictPanel<F extends string>({
  title,
  intro,
  rows,
  label,
  format,
  children,
}: {
  title: string;
  intro: string;
  rows: ConflictRow<F>[];
  label(field: F): string;
  format(field: F, value: unknown): string;
  children: ReactNode;
}) {
  const { tr } = useLang();
  return (
    <section className="conflict" role="region" aria-labelledby="conflict-title" data-testid="conflict-panel">
      <h2 id="conflict-title">{title}</h2>
      <p>{intro}</p>
      <table className="data-table conflict-table">
        <thead>
          <tr>
            <th scope="col">{tr('conflictField')}</th>
            <th scope="col">{tr('conflictBase')}</th>
            <th scope="col">{tr('conflictMine')}</th>
            <th scope="col">{tr('conflictTheirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.differs ? 'differs' : undefined} data-field={row.field}>
              <th scope="row">
                {label(row.field)}
                {row.differs ? <span className="badge badge-warn">{tr('conflictDiffers')}</span> : null}
              </th>
              <td>{format(row.field, row.base)}</td>
              <td className={row.iChanged ? 'changed' : undefined} data-testid={`mine-${row.field}`}>
                {format(row.field, row.mine)}
              </td>
              <td className={row.theyChanged ? 'changed' : undefined} data-testid={`theirs-${row.field}`}>
                {format(row.field, row.theirs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">{children}</div>
    </section>
  );
}
