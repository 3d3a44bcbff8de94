import type { Metadata } from '../model/article';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** True for `YYYY-MM-DD` or a full ISO date-time with offset, naming a real calendar day. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const hour = match[4] === undefined ? 0 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/** When the story counts as published: the dateline date when it is an ISO date, else its creation time. */
export function publishedDate(metadata: Pick<Metadata, 'dateline' | 'createdAt'>): string {
  const date = metadata.dateline.date.trim();
  return isIsoDate(date) ? date : metadata.createdAt;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The calendar day of an ISO date as readers see it, in the date's own offset: "3 May 2024"
 * for English, `2024-05-03` otherwise. Written by hand, not with Intl, so the browser preview
 * and the Node export produce the same bytes.
 */
export function displayDate(iso: string, language: string): string {
  const day = iso.slice(0, 10);
  if (!isIsoDate(day)) return iso;
  if (!/^en(-|$)/i.test(language)) return day;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** An ISO date-time (any offset) as a full UTC date-time; a date alone becomes midnight UTC. */
export function toUtcDateTime(iso: string): string {
  const time = Date.parse(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}
