import { useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/model/article';
import { useApp } from '../../store';

/** Initials from a name: the first letter of each of its first three words. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

/** The person a name and initials typed in a form stand for: trimmed, initials made from the name when left empty. */
export function authorFrom(name: string, initials: string): Person {
  return { name: name.trim(), initials: (initials.trim() || initialsOf(name)).slice(0, 8) };
}

/** Your name and initials on this machine: recorded on every comment, status change and version. */
export function YouForm() {
  const author = useApp((s) => s.author);
  const setAuthor = useApp((s) => s.setAuthor);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(author.name);
  const [initials, setInitials] = useState(author.initials);

  if (!editing && author.name) {
    return (
      <section className="review-you" aria-label="You">
        <span className="review-you__badge" aria-hidden="true">
          {author.initials || initialsOf(author.name)}
        </span>
        <span className="review-you__name">{author.name}</span>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            setName(author.name);
            setInitials(author.initials);
            setEditing(true);
          }}
        >
          Change
        </button>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    if (await setAuthor(authorFrom(name, initials))) setEditing(false);
  };
  return (
    <form className="review-you review-you--form" aria-label="You" onSubmit={(e) => void submit(e)}>
      <p className="review-you__hint">Your name goes on your comments, status changes and versions.</p>
      <input className="field field--boxed" aria-label="Your name" placeholder="Your name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <input
        className="field field--boxed review-you__initials"
        aria-label="Your initials"
        placeholder={initialsOf(name) || 'Initials'}
        value={initials}
        maxLength={8}
        onChange={(e) => setInitials(e.target.value)}
      />
      <button type="submit" className="button button--small button--primary" disabled={!name.trim()}>
        Save
      </button>
    </form>
  );
}
