import { useId } from 'react';

interface Props {
  /** The Chinese field's label, then the English one. */
  labels: [string, string];
  value: { 'zh-CN': string; en: string };
  onChange: (value: { 'zh-CN': string; en: string }) => void;
  /** Messages (already in the UI language) shown under both fields; either field is then marked invalid. */
  errors?: readonly string[];
  hint?: string;
  multiline?: boolean;
  autoFocus?: boolean;
  /** Labels kept for assistive technology but not shown (a list shows them once, as column heads). */
  hideLabels?: boolean;
  className?: string;
}

/** One text in both UI languages: two fields side by side, with the hint and the errors they share. */
export function TextPair({ labels, value, onChange, errors = [], hint, multiline, autoFocus, hideLabels, className }: Props) {
  const id = useId();
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const field = (language: 'zh-CN' | 'en', label: string, first: boolean) => {
    const props = {
      id: `${id}-${language}`,
      value: value[language],
      lang: language,
      'aria-describedby': describedBy,
      'aria-invalid': invalid ? true : undefined,
      autoFocus: first && autoFocus,
      onChange: (event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value }),
    };
    return (
      <div className="field">
        <label htmlFor={props.id} className={hideLabels ? 'visually-hidden' : undefined}>
          {label}
        </label>
        {multiline ? <textarea rows={2} {...props} /> : <input autoComplete="off" {...props} />}
      </div>
    );
  };
  return (
    <div className={`text-pair${invalid ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      {field('zh-CN', labels[0], true)}
      {field('en', labels[1], false)}
      {hint && (
        <p id={`${id}-hint`} className="field-hint text-pair-note">
          {hint}
        </p>
      )}
      {invalid && (
        <div id={`${id}-error`} className="text-pair-note" role="alert">
          {errors.map((message, i) => (
            <p key={i} className="field-error">
              {message}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
