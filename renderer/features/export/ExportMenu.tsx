import { useEffect, useRef, useState } from 'react';
import type { ExportFormatName } from '../../../shared/ipc/contract';
import { useApp } from '../../store';
import { downloadText } from './download';

const ITEMS: { label: string; format: ExportFormatName }[] = [
  { label: 'Export page…', format: 'html' },
  { label: 'Export as ninjs…', format: 'ninjs' },
  { label: 'Export as NITF…', format: 'nitf' },
  { label: 'Export as Markdown…', format: 'md' },
];

/** The story's Export menu: copy the HTML fragment, or export the story to a folder. */
export function ExportMenu() {
  const id = useApp((s) => s.story?.id ?? null);
  const openExport = useApp((s) => s.openExport);
  const copyStoryHtml = useApp((s) => s.copyStoryHtml);
  const reviewCopy = useApp((s) => s.reviewCopy);
  const saveReviewCopy = useApp((s) => s.saveReviewCopy);
  const canSaveFiles = useApp((s) => s.info?.canChooseFolder ?? false);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (id === null) return null;

  const onMenuKey = (event: React.KeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      ref.current?.querySelector<HTMLElement>('.export-menu__button')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    }
  };

  return (
    <div className="export-menu" ref={ref}>
      <button
        type="button"
        className="button button--small export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        title="Export (Ctrl+Shift+E)"
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div className="export-menu__list" role="menu" aria-label="Export" onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            onClick={() => {
              setOpen(false);
              void copyStoryHtml();
            }}
          >
            Copy HTML
          </button>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            onClick={() => {
              setOpen(false);
              // The desktop app saves through its own dialog; a browser takes a download.
              if (canSaveFiles) void saveReviewCopy();
              else void reviewCopy().then((copy) => copy && downloadText(copy.text, copy.fileName));
            }}
          >
            Review copy (HTML)
          </button>
          {ITEMS.map((item) => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              className="export-menu__item"
              onClick={() => {
                setOpen(false);
                openExport({ scope: { kind: 'story', id }, format: item.format, inlineImages: false });
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
