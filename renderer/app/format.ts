const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat();

/** "just now", "5 min. ago", "yesterday", or a date for anything older than a week. */
export function relativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return day.format(then);
}

/** "12:03" */
export function clockTime(ms: number): string {
  return clock.format(ms);
}

/** A full date and time, for tooltips. */
export function fullTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? '' : full.format(then);
}

/** "1,204" */
export function formatCount(n: number): string {
  return number.format(n);
}

/** "1 word", "812 words" */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "Ready for edit" from "ready-for-edit". */
export function statusLabel(status: string): string {
  const words = status.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
