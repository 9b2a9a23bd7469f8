import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextField } from '../components/fields';
import type { DistrictRef } from '../graphql/types';
import { districtLabel } from '../hooks/useCityDistricts';
import { useLang } from '../i18n/LangContext';
import { enumLabel, enumValues } from '../i18n/enum-labels';
import { DEFAULT_PARAMS, ORDER_FIELDS, type ListParams } from './list-params';
import type { MessageKey } from '../i18n';
import { institutionLabel } from './field-list';

/**
 * The list's filters. Choices apply at once; the name search on 查询 or Enter, so the list
 * does not jump with every character typed.
 */
export function InstitutionFilters({
  params,
  districts,
  allowAllDistricts,
  onChange,
}: {
  params: ListParams;
  districts: DistrictRef[];
  allowAllDistricts: boolean;
  onChange(params: ListParams): void;
}) {
  const { lang, tr } = useLang();
  const [search, setSearch] = useState(params.search);
  const set = (patch: Partial<ListParams>) => onChange({ ...params, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ search: search.trim() });
  };
  const yesNo = (yes: MessageKey, no: MessageKey) => [
    { value: '' as const, label: tr('all') },
    { value: 'yes' as const, label: tr(yes) },
    { value: 'no' as const, label: tr(no) },
  ];
  return (
    <form className="filters" role="search" onSubmit={submit}>
      <TextField id="filter-search" type="search" label={tr('search')} placeholder={tr('searchPlaceholder')} value={search} onChange={setSearch} />
      <SelectField
        id="filter-district"
        label={institutionLabel(lang, 'district')}
        value={params.district}
        onChange={(district) => set({ district })}
        options={[...(allowAllDistricts ? [{ value: '', label: tr('all') }] : []), ...districts.map((d) => ({ value: d.code, label: districtLabel(lang, d) }))]}
      />
      <SelectField id="filter-filed" label={tr('filed')} value={params.filed} onChange={(filed) => set({ filed })} options={yesNo('filedYes', 'filedNo')} />
      <SelectField id="filter-inclusive" label={institutionLabel(lang, 'inclusive')} value={params.inclusive} onChange={(inclusive) => set({ inclusive })} options={yesNo('inclusiveYes', 'inclusiveNo')} />
      <SelectField
        id="filter-ownership"
        label={institutionLabel(lang, 'ownership')}
        value={params.ownership}
        onChange={(ownership) => set({ ownership })}
        options={[{ value: '' as const, label: tr('all') }, ...enumValues('Ownership').map((o) => ({ value: o, label: enumLabel(lang, 'Ownership', o) }))]}
      />
      <SelectField id="filter-order" label={tr('sortBy')} value={params.order} onChange={(order) => set({ order })} options={ORDER_FIELDS.map((f) => ({ value: f, label: enumLabel(lang, 'InstitutionOrderField', f) }))} />
      <SelectField
        id="filter-direction"
        label={tr('sortDirection')}
        value={params.direction}
        onChange={(direction) => set({ direction })}
        options={[
          { value: 'ASC' as const, label: tr('ascending') },
          { value: 'DESC' as const, label: tr('descending') },
        ]}
      />
      <CheckboxField id="filter-closed" label={tr('includeClosed')} checked={params.includeClosed} onChange={(includeClosed) => set({ includeClosed })} />
      <div className="filter-actions">
        <button type="submit" className="primary">
          {tr('applyFilters')}
        </button>
        <button
          type="button"
          onClick={() => {
            setSearch('');
            onChange({ ...DEFAULT_PARAMS, district: allowAllDistricts ? '' : params.district });
          }}
        >
          {tr('resetFilters')}
        </button>
      </div>
    </form>
  );
}
