import type { ReactNode } from 'react';
import type { CommandErrors } from './command-errors';

/** The id of the element holding a field; the error summary links to it. */
export function fieldId(form: string, name: string): string {
  return `${form}-${name.replace(/\./g, '-')}`;
}

interface FieldProps {
  readonly form: string;
  /** The input field's path, as the server names it in its errors. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly errors: CommandErrors;
}

function Question({
  form,
  name,
  label,
  hint,
  errors,
  children,
}: FieldProps & { children: (describedBy: string | undefined, invalid: boolean) => ReactNode }) {
  const id = fieldId(form, name);
  const error = errors.fields[name];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`ds_question${error ? ' ds_question--error' : ''}`}>
      <label className="ds_label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="ds_hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="ds_question__error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children(described.length > 0 ? described.join(' ') : undefined, Boolean(error))}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  multiline = false,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number' | 'url';
  multiline?: boolean;
}) {
  return (
    <Question {...field}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            className={`ds_input${invalid ? ' ds_input--error' : ''}`}
            id={fieldId(field.form, field.name)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            rows={3}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            className={`ds_input${invalid ? ' ds_input--error' : ''}`}
            id={fieldId(field.form, field.name)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            type={type}
            step={type === 'number' ? 'any' : undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Question>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { readonly value: string; readonly label: string }[];
}) {
  return (
    <Question {...field}>
      {(describedBy, invalid) => (
        <div className="ds_select-wrapper">
          <select
            className={`ds_select${invalid ? ' ds_select--error' : ''}`}
            id={fieldId(field.form, field.name)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <span className="ds_select-arrow" aria-hidden="true"></span>
        </div>
      )}
    </Question>
  );
}

/** The errors of a refused command, each field's linking to it, as the design system lays out. */
export function ErrorSummary({ form, errors }: { form: string; errors: CommandErrors }) {
  const fields = Object.entries(errors.fields);
  if (errors.general.length === 0 && fields.length === 0) return null;
  return (
    <div className="ds_error-summary" role="alert" aria-labelledby={`${form}-error-summary`}>
      <h2 className="ds_error-summary__title" id={`${form}-error-summary`}>
        There is a problem
      </h2>
      <ul className="ds_error-summary__list">
        {errors.general.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fields.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(form, name)}`} onClick={focusField(fieldId(form, name))}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The fragment drives the pages, so a link to a field moves the focus instead of navigating. */
function focusField(id: string) {
  return (event: { preventDefault: () => void }) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}
