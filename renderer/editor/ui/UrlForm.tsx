import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { normalizeUrl } from '../url';

interface UrlFormProps {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (url: string) => void;
  onCancel: () => void;
  /** Extra actions beside the submit button (e.g. Remove). */
  extra?: ReactNode;
}

/** A one-field form for a web or mail address; refuses anything else with a plain message. */
export function UrlForm({ label, initial, submitLabel, onSubmit, onCancel, extra }: UrlFormProps) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeUrl(value);
    if (!url) {
      setProblem('Use a web (http, https) or mail address.');
      return;
    }
    onSubmit(url);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <form className="url-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <input
        className="url-form__input"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        placeholder="https://"
        dir="ltr"
        maxLength={2048}
        value={value}
        autoFocus
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button--small button--primary">
        {submitLabel}
      </button>
      {extra}
      {problem && (
        <p id={errorId} className="url-form__problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
