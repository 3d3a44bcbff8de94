import { describe, expect, it } from 'vitest';
import { storyQuoteRows } from '../../../shared/quotes/report';
import { locateOffset, storyQuoteText } from '../../../shared/quotes/story-text';
import { para, quote, speaker, story } from './story';

const okafor = speaker('spk-okafor', 'Jane Okafor', 'Okafor', 'she');
const reyes = speaker('spk-reyes', 'Tom Reyes', 'Reyes', 'he');

describe('the story text quotes are found in', () => {
  const article = story([
    para('Jane Okafor said: “', quote('q-1', 'spk-okafor', 'We have a budget.'), '”'),
    { type: 'image', src: 'assets/bus.jpg', alt: 'A bus', caption: 'The N4 “at night”', credit: '', children: [{ text: '' }] },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Buses' }] }, { type: 'list-item', children: [{ text: 'Schools' }] }] },
    { type: 'pull-quote', quoteId: 'q-2', speakerId: 'spk-reyes', taggedText: 'It cuts the routes.', children: [{ text: 'It cuts the routes.' }] },
  ]);
  const text = storyQuoteText(article);

  it('joins blocks and list items with a blank line and leaves out images', () => {
    expect(text.text).toBe('Jane Okafor said: “We have a budget.”\n\nBuses\n\nSchools\n\nIt cuts the routes.');
    expect(text.blockStarts).toEqual([0, -1, 39, text.text.indexOf('It cuts')]);
  });

  it('maps any offset back to its block or list item', () => {
    expect(locateOffset(text, text.text.indexOf('Schools') + 3)).toEqual({ path: [2, 1], offset: 3 });
    expect(locateOffset(text, text.text.indexOf('budget'))).toEqual({ path: [0], offset: text.text.indexOf('budget') });
    expect(locateOffset(text, text.text.indexOf('\n\nBuses') + 1)).toBeNull();
  });

  it('locates tagged inline quotes and tagged pull quotes', () => {
    expect(text.tagged.map((t) => [t.quoteId, t.path, text.text.slice(t.start, t.end)])).toEqual([
      ['q-1', [0, 1], 'We have a budget.'],
      ['q-2', [3], 'It cuts the routes.'],
    ]);
  });
});

describe('the quotes of a story', () => {
  it('lists tagged quotes with their speaker and evidence, then suggests the untagged ones', () => {
    const article = story(
      [
        para('Jane Okafor, the council leader, said: “', quote('q-1', 'spk-okafor', 'We have a budget that works for every ward.'), '”'),
        para('“It cuts the bus routes we rely on,” Tom Reyes said.'),
      ],
      [okafor, reyes],
    );
    const { text } = storyQuoteText(article);
    const rows = storyQuoteRows(article);
    expect(rows.map((r) => [r.kind, r.tagged, r.speaker?.name, r.text])).toEqual([
      ['direct', true, 'Jane Okafor', 'We have a budget that works for every ward.'],
      ['direct', false, 'Tom Reyes', 'It cuts the bus routes we rely on,'],
    ]);
    for (const r of rows) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(text.slice(r.speaker!.mention!.start, r.speaker!.mention!.end)).toBe(r.speaker!.mention!.text);
    }
    expect(rows[0]).toMatchObject({ confidence: 1, cue: { text: 'said' }, speaker: { mention: { text: 'Jane Okafor' } } });
  });

  it('gives a tagged quote without a speaker no speaker, and never suggests it again', () => {
    const article = story([para('“', quote('q-1', null, 'Every ward will lose a bus route by the end of the year.'), '” the memo said.')]);
    const rows = storyQuoteRows(article);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tagged: true, speaker: null });
  });

  it('names the speaker of a tagged quote even when the words around it do not', () => {
    const article = story([para('Jane Okafor opened the meeting.'), para('“', quote('q-1', 'spk-okafor', 'We have a budget.'), '”')], [okafor]);
    const [row] = storyQuoteRows(article);
    expect(row!.speaker).toEqual({ name: 'Jane Okafor', mention: { text: 'Jane Okafor', start: 0, end: 11 } });
    expect(row!.cue).toBeNull();
  });
});
