import { describe, expect, it } from 'vitest';
import { personName } from '../../../shared/quotes';

describe('the name inside a mention', () => {
  it('drops titles and offices before a name', () => {
    expect(personName('U.S. Secretary of State Antony Blinken')).toBe('Antony Blinken');
    expect(personName('Sen. Ted Cruz')).toBe('Ted Cruz');
    expect(personName('Republican National Committee chairman Reince Priebus')).toBe('Reince Priebus');
    expect(personName("Blinken's")).toBe('Blinken');
  });

  it('gives nothing for an office without a name', () => {
    expect(personName('the Foreign Secretary')).toBe('');
  });
});
