import type { ReactNode } from 'react';

/**
 * Labelled form controls. Each has a visible label, an optional hint, and an error shown
 * beside it: the control carries aria-invalid and aria-describedby naming the error (and
 * the hint), so a screen reader reads the API's message with the field.
 */
interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Extras({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

function controlProps(id: string, error?: string, hint?: string) {
  return { id, name: id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, error, hint) } as const;
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange(value: string): void;
    type?: 'text' | 'password' | 'date' | 'month' | 'number' | 'search' | 'datetime-local';
    inputMode?: 'numeric' | 'decimal' | 'text';
    autoComplete?: string;
    placeholder?: string;
    required?: boolean;
    step?: string;
    maxLength?: number | undefined;
    max?: number | undefined;
  },
) {
  const { id, label, error, hint, disabled, value, onChange, type = 'text', ...rest } = props;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input {...controlProps(id, error, hint)} type={type} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} {...rest} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange(value: string): void; maxLength?: number }) {
  const { id, label, error, hint, disabled, value, onChange, maxLength } = props;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea {...controlProps(id, error, hint)} value={value} disabled={disabled} maxLength={maxLength} rows={2} onChange={(e) => onChange(e.target.value)} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & { value: V; onChange(value: V): void; options: readonly { value: V; label: string }[] },
) {
  const { id, label, error, hint, disabled, value, onChange, options } = props;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select {...controlProps(id, error, hint)} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField(props: FieldProps & { checked: boolean; onChange(checked: boolean): void }) {
  const { id, label, error, hint, disabled, checked, onChange } = props;
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <input {...controlProps(id, error, hint)} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

/** A set of checkboxes under one legend (age classes, districts). */
export function CheckboxGroup<V extends string>(
  props: FieldProps & { values: readonly V[]; onChange(values: V[]): void; options: readonly { value: V; label: string }[] },
) {
  const { id, label, error, hint, disabled, values, onChange, options } = props;
  const toggle = (value: V, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className={`field field-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(id, error, hint)} aria-invalid={error ? true : undefined} id={id}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input type="checkbox" checked={values.includes(option.value)} disabled={disabled} onChange={(e) => toggle(option.value, e.target.checked)} /> {option.label}
        </label>
      ))}
      <Extras id={id} error={error} hint={hint} />
    </fieldset>
  );
}

/** Messages about a whole form: problems (an alert) and outcomes (a polite status). */
export function FormMessages({ errors = [], success, children }: { errors?: readonly string[]; success?: string | null; children?: ReactNode }) {
  return (
    <>
      <div role="alert" className={errors.length ? 'notice notice-error' : 'sr-only'}>
        {errors.length === 1 ? errors[0] : errors.length > 1 ? (
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
      <div role="status" className={success ? 'notice notice-success' : 'sr-only'}>
        {success ?? ''}
      </div>
    </>
  );
}
