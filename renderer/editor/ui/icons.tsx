const PATHS = {
  link: 'M6.5 9.5a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8M9.5 6.5a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8',
  bullets: 'M6 4h8M6 8h8M6 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  numbers: 'M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5M2 2.8l1-.8v4M1.8 9.2c.3-.6 1.9-.7 1.9.3 0 .8-1.9 1.6-1.9 2.5h2',
  quote: 'M3 4.5v7M6 5.5h7.5M6 8h7.5M6 10.5h5',
  pullQuote: 'M2.5 7c0-2 1-3 2.5-3.2M2.5 7h2.2v2.5H2.5zM8 7c0-2 1-3 2.5-3.2M8 7h2.2v2.5H8zM2.5 12.5h11',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 2.5 2.5 2-2 3.5 3.5M10.5 6h.01',
  divider: 'M2 8h12M4 4.5h.01M8 4.5h.01M12 4.5h.01M4 11.5h.01M8 11.5h.01M12 11.5h.01',
  related: 'M2.5 3h11M2.5 6.5h7M4 9.5h9.5M4 12.5h9.5M2 9.5h.01M2 12.5h.01',
  embed: 'M2.5 3.5h11v9h-11zM6 6.5 4.5 8 6 9.5M10 6.5l1.5 1.5L10 9.5',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM10.6 10.6 14 14',
  plus: 'M8 3v10M3 8h10',
  close: 'M4 4l8 8M12 4l-8 8',
  external: 'M9 2.5h4.5V7M13.5 2.5 7.5 8.5M11.5 9.5v4h-9v-9h4',
  up: 'M4 10l4-4 4 4',
  down: 'M4 6l4 4 4-4',
  paragraph: 'M7 13V3h5M10 3v10M7 3a2.5 2.5 0 0 0 0 5',
  replace: 'M2.5 5h9l-2-2M13.5 11h-9l2 2',
} as const;

/** The name of an icon. */
export type IconName = keyof typeof PATHS;

/** A small line icon in the current text colour. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
