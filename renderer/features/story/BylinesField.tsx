import { useEffect, useRef } from 'react';
import type { Metadata } from '../../../shared/model/article';
import { useApp } from '../../store';
import { useMetadata } from './use-metadata';

type Byline = Metadata['bylines'][number];
const MAX_BYLINES = 20;
const NONE: Byline[] = [];

/** Who wrote the story: one row per byline, with a name and a role. */
export function BylinesField() {
  const bylines = useMetadata('bylines', NONE);
  const editField = useApp((s) => s.editField);
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);

  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const rows = list.current?.querySelectorAll('.byline');
    rows?.[rows.length - 1]?.querySelector('input')?.focus();
  }, [bylines.length]);

  const change = (index: number, part: keyof Byline, value: string) => {
    const next = bylines.map((b, i) => (i === index ? { ...b, [part]: value } : b));
    editField(`byline:${index}:${part}`, { bylines: next });
  };
  const add = () => {
    added.current = true;
    editField('bylines', { bylines: [...bylines, { name: '', role: '' }] }, true);
  };
  const remove = (index: number) => {
    editField('bylines', { bylines: bylines.filter((_, i) => i !== index) }, true);
  };

  return (
    <div className="meta-field meta-field--bylines" role="group" aria-label="Bylines">
      <span className="meta-field__label">Byline</span>
      <div className="bylines" ref={list}>
        {bylines.map((byline, i) => (
          <div className="byline" key={i}>
            <input
              className="meta-input byline__name"
              aria-label={`Byline ${i + 1} name`}
              placeholder="Name"
              dir="auto"
              value={byline.name}
              maxLength={200}
              onChange={(e) => change(i, 'name', e.target.value)}
            />
            <input
              className="meta-input byline__role"
              aria-label={`Byline ${i + 1} role`}
              placeholder="Role"
              dir="auto"
              value={byline.role}
              maxLength={200}
              onChange={(e) => change(i, 'role', e.target.value)}
            />
            <button type="button" className="icon-button" aria-label={`Remove byline ${i + 1}`} title="Remove byline" onClick={() => remove(i)}>
              ×
            </button>
          </div>
        ))}
        {bylines.length < MAX_BYLINES && (
          <button type="button" className="button button--quiet button--small meta-add" onClick={add}>
            <span aria-hidden="true">+</span> Add byline
          </button>
        )}
      </div>
    </div>
  );
}
