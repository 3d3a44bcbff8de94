import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../../shared/model/article';
import { filterCast, findSpeaker, makeSpeaker, mergeCast, removeFromCast, speakerColor, updateSpeaker } from '../../../../renderer/features/quotes/cast';

const blinken = makeSpeaker({ fullName: 'Antony  Blinken', role: 'Secretary of State', pronoun: 'he' }, 'b');
const truss = makeSpeaker({ fullName: 'Liz Truss', pronoun: 'she' }, 't');
const dup = makeSpeaker({ fullName: 'Tony Blinken', organisation: 'State Department' }, 'd');
const cast: Speaker[] = [blinken, truss, dup];

describe('the cast', () => {
  it('makes a speaker with the surname as short name and tidy spaces', () => {
    expect(blinken).toEqual({ id: 'b', fullName: 'Antony Blinken', shortName: 'Blinken', role: 'Secretary of State', organisation: '', pronoun: 'he' });
  });

  it('finds a speaker by full name, short name or surname, in any case', () => {
    expect(findSpeaker(cast, 'antony blinken')?.id).toBe('b');
    expect(findSpeaker(cast, 'Truss')?.id).toBe('t');
    expect(findSpeaker(cast, 'Rishi Sunak')).toBeUndefined();
  });

  it('type-ahead puts names starting with the typed letters first', () => {
    expect(filterCast(cast, 'tr').map((s) => s.id)).toEqual(['t']);
    expect(filterCast(cast, 'state').map((s) => s.id)).toEqual(['b', 'd']);
    expect(filterCast(cast, '')).toHaveLength(3);
  });

  it('merging keeps one speaker and fills its empty fields from the other', () => {
    const merged = mergeCast(cast, 'b', 'd');
    expect(merged.map((s) => s.id)).toEqual(['b', 't']);
    expect(merged[0]).toMatchObject({ fullName: 'Antony Blinken', organisation: 'State Department', pronoun: 'he' });
  });

  it('edits and removals touch only that speaker; empty optional fields are dropped', () => {
    const edited = updateSpeaker(cast, 't', { gender: 'female', affiliationType: '' });
    expect(edited[1]).toEqual({ ...truss, gender: 'female' });
    expect(updateSpeaker(edited, 't', { gender: '' })[1]).toEqual(truss);
    expect(removeFromCast(cast, 't').map((s) => s.id)).toEqual(['b', 'd']);
  });

  it('gives each speaker one colour for good, different from the others in the cast', () => {
    const ids = Array.from({ length: 8 }, (_, i) => ({ id: `speaker${i}` }));
    const colours = ids.map((s) => speakerColor(s.id, ids));
    expect(new Set(colours).size).toBe(8);
    expect(speakerColor('speaker3', ids)).toBe(colours[3]);
    expect(speakerColor(ids[0]!.id)).toBe(colours[0]);
  });
});
