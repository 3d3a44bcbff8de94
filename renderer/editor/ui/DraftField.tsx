import { useId, useState, type KeyboardEvent } from 'react';

interface DraftFieldProps {
  /** The value in the story. */
  value: string;
  /** Called with every edit that passes `validate`. */
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
  maxLength: number;
  multiline?: boolean;
  className?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  /** A message when `draft` cannot be stored; the story keeps its last good value meanwhile. */
  validate?: (draft: string) => string | null;
  /** Turns what was typed into what is stored (e.g. adds https://). */
  normalize?: (draft: string) => string;
  onDone?: () => void;
}

/**
 * A text field inside a block of the story. It keeps its own draft, so typing never waits
 * for the editor, and follows the story when the value changes from outside (undo).
 */
export function DraftField({ value, onChange, label, placeholder, maxLength, multiline, className, dir, validate, normalize, onDone }: DraftFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [touched, setTouched] = useState(false);
  const errorId = useId();
  if (value !== seen) {
    setSeen(value);
    // Our own edit coming back keeps the draft as typed; anything else (undo) replaces it.
    if ((normalize ? normalize(draft) : draft) !== value) setDraft(value);
  }
  const error = touched && validate ? validate(draft) : null;

  const change = (next: string) => {
    setDraft(next);
    const stored = normalize ? normalize(next) : next;
    if (!validate || validate(next) === null) {
      if (stored !== value) onChange(stored);
    }
  };
  const onBlur = () => {
    setTouched(true);
    if (validate && validate(draft) !== null && draft.trim() === '') setDraft(value);
    onDone?.();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      setTouched(true);
    }
  };
  const common = {
    className: `void-field${className ? ` ${className}` : ''}`,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    placeholder,
    maxLength,
    dir,
    value: draft,
    onBlur,
    onKeyDown,
  };
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={1} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {error && (
        <span id={errorId} className="void-field__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
