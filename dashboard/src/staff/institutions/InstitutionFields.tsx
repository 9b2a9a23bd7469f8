import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../components/fields';
import type { AgeClass } from '../graphql/types';
import { useLang } from '../i18n/LangContext';
import { enumLabel, enumValues, type EnumName } from '../i18n/enum-labels';
import { FIELD_ENUMS, formControls, type FormControl, type InstitutionDraft } from './institution-form';

/**
 * The editable fields of an institution, shared by the edit and create forms: one control per
 * field of the institution field list, with its label and limits (`formControls`).
 */
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
  const { lang } = useLang();
  const options = (name: EnumName) => enumValues(name).map((value) => ({ value, label: enumLabel(lang, name, value) }));
  const control = ({ key, type, label, maxLength, max }: FormControl) => {
    const common = { id: `${idPrefix}${key}`, label, error: errors[key], disabled };
    const set = (value: InstitutionDraft[typeof key]) => onChange({ ...draft, [key]: value });
    const value = draft[key];
    switch (type) {
      case 'text':
        return <TextField key={key} {...common} value={value as string} onChange={set} maxLength={maxLength} />;
      case 'number':
        return <TextField key={key} {...common} type="number" inputMode="numeric" step="1" max={max} value={value as string} onChange={set} />;
      case 'date':
        return <TextField key={key} {...common} type="date" value={value as string} onChange={set} />;
      case 'yes-no':
        return <CheckboxField key={key} {...common} checked={value as boolean} onChange={set} />;
      case 'choice':
        return <SelectField key={key} {...common} value={value as string} onChange={set} options={options(FIELD_ENUMS[key as keyof typeof FIELD_ENUMS])} />;
      case 'choices':
        return <CheckboxGroup<AgeClass> key={key} {...common} values={value as AgeClass[]} onChange={set} options={options(FIELD_ENUMS[key as keyof typeof FIELD_ENUMS]) as { value: AgeClass; label: string }[]} />;
    }
  };
  return <div className="field-grid">{formControls(lang).map(control)}</div>;
}
