import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../components/fields';
import type { AgeClass } from '../graphql/types';
import { useLang } from '../i18n/LangContext';
import { enumLabel, enumValues } from '../i18n/enum-labels';
import type { InstitutionDraft } from './institution-form';

/** The editable fields of an institution, shared by the edit and create forms. */
export function InstitutionFields({
  draft,
  onChange,
  errors,
  disabled,
  idPrefix = '',
}: {
  draft: InstitutionDraft;
  onChange(draft: InstitutionDraft): void;
  errors: Record<string, string | undefined>;
  disabled: boolean;
  idPrefix?: string;
}) {
  const { lang, tr } = useLang();
  const set = <K extends keyof InstitutionDraft>(key: K) => (value: InstitutionDraft[K]) => onChange({ ...draft, [key]: value });
  const options = <E extends 'Ownership' | 'DemonstrationLevel' | 'PilotLevel'>(name: E) => enumValues(name).map((value) => ({ value, label: enumLabel(lang, name, value) }));
  const id = (field: string) => `${idPrefix}${field}`;
  return (
    <div className="field-grid">
      <TextField id={id('name')} label={tr('name')} value={draft.name} onChange={set('name')} error={errors.name} disabled={disabled} />
      <SelectField id={id('ownership')} label={tr('ownership')} value={draft.ownership} onChange={set('ownership')} options={options('Ownership')} error={errors.ownership} disabled={disabled} />
      <TextField id={id('slots')} label={tr('slots')} type="number" inputMode="numeric" step="1" value={draft.slots} onChange={set('slots')} error={errors.slots} disabled={disabled} />
      <TextField id={id('enrolled')} label={tr('enrolled')} type="number" inputMode="numeric" step="1" value={draft.enrolled} onChange={set('enrolled')} error={errors.enrolled} disabled={disabled} />
      <CheckboxField id={id('inclusive')} label={tr('inclusive')} checked={draft.inclusive} onChange={set('inclusive')} error={errors.inclusive} disabled={disabled} />
      <SelectField id={id('demonstrationLevel')} label={tr('demonstrationLevel')} value={draft.demonstrationLevel} onChange={set('demonstrationLevel')} options={options('DemonstrationLevel')} error={errors.demonstrationLevel} disabled={disabled} />
      <SelectField id={id('pilotLevel')} label={tr('pilotLevel')} value={draft.pilotLevel} onChange={set('pilotLevel')} options={options('PilotLevel')} error={errors.pilotLevel} disabled={disabled} />
      <CheckboxGroup<AgeClass>
        id={id('ageClasses')}
        label={tr('ageClasses')}
        values={draft.ageClasses}
        onChange={set('ageClasses')}
        options={enumValues('AgeClass').map((value) => ({ value, label: enumLabel(lang, 'AgeClass', value) }))}
        error={errors.ageClasses}
        disabled={disabled}
      />
      <TextField id={id('address')} label={tr('address')} value={draft.address} onChange={set('address')} error={errors.address} disabled={disabled} />
      <TextField id={id('openedOn')} label={tr('openedOn')} type="date" value={draft.openedOn} onChange={set('openedOn')} error={errors.openedOn} disabled={disabled} />
    </div>
  );
}
