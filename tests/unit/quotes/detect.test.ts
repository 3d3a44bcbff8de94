import { describe, expect, it } from 'vitest';
import { detectQuotes, type QuoteSuggestion } from '../../../shared/quotes';

function direct(text: string, options = {}): QuoteSuggestion[] {
  const found = detectQuotes(text, options).filter((s) => s.kind === 'direct');
  for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  return found;
}

function only(text: string, options = {}): QuoteSuggestion {
  const found = direct(text, options);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('reporting patterns', () => {
  it('"…," X said', () => {
    const q = only('“We will not back down on this,” Jane Okafor said on Tuesday.');
    expect(q.text).toBe('We will not back down on this,');
    expect(q.speaker?.name).toBe('Jane Okafor');
    expect(q.cue?.text).toBe('said');
  });

  it('X said: "…"', () => {
    const q = only('Jane Okafor said: "We will not back down on this."');
    expect(q.speaker?.mention.text).toBe('Jane Okafor');
  });

  it('said X, even with a title after the name', () => {
    const q = only('“We will not back down on this,” said Jane Okafor, the union leader.');
    expect(q.speaker?.name).toBe('Jane Okafor');
  });

  it('according to X', () => {
    const q = only('According to the ministry, “the talks have failed for now.”');
    expect(q.speaker?.mention.text).toBe('the ministry');
    expect(q.cue?.text).toBe('According to');
  });

  it.each(['stated', 'added', 'noted', 'remarked', 'continued', 'confirmed', 'stressed', 'affirmed', 'told reporters', 'insisted', 'wrote'])(
    'X %s, "…"',
    (verb) => {
      const q = only(`Jane Okafor ${verb}, "We will keep working on the agreement."`);
      expect(q.speaker?.name).toBe('Jane Okafor');
      expect(q.cue?.text).toBe(verb.split(' ')[0]);
    },
  );

  it('apposition: X, the Foreign Secretary, said', () => {
    const q = only('“We stand with our allies,” Liz Truss, the Foreign Secretary, said.');
    expect(q.speaker?.mention.text).toBe('Liz Truss');
    const before = only('Liz Truss, the Foreign Secretary, said: “We stand with our allies.”');
    expect(before.speaker?.mention.text).toBe('Liz Truss');
  });

  it('a quote interrupted by its attribution gives both parts the same speaker', () => {
    const [a, b] = direct('“We tried,” Tom Reyes said, “and we will try again next year.”');
    expect(a!.speaker?.name).toBe('Tom Reyes');
    expect(b!.speaker?.name).toBe('Tom Reyes');
  });

  it('does not take an addressee for the speaker', () => {
    const q = only('“The vote is tomorrow,” the mayor told Jane Okafor.');
    expect(q.speaker?.mention.text).toBe('the mayor');
  });
});

describe('pronouns', () => {
  const text =
    'Maria Jones, the mayor, said the budget was balanced. She added that taxes would not rise.\n\n' +
    'Peter Brown, the council leader, disagreed. “The numbers do not add up,” Brown said. He added that the audit was late.\n\n' +
    'She continued, “We will publish every figure.”\n\n' +
    'He added, “We will check every single one of them.”';

  it('resolves He added / She continued to the nearest preceding speaker whose pronoun matches', () => {
    const quotes = direct(text);
    const continued = quotes.find((q) => q.text.startsWith('We will publish'));
    const added = quotes.find((q) => q.text.startsWith('We will check'));
    expect(continued?.speaker?.mention.text).toBe('She');
    expect(continued?.speaker?.name).toBe('Maria Jones');
    expect(added?.speaker?.name).toBe('Peter Brown');
  });

  it('uses the cast pronoun when one is known', () => {
    const story = 'Sam Lee and Alex Kim spoke at the launch. “We are ready,” Sam Lee said. “So are we,” Alex Kim said.\n\nShe added, “Nothing will stop us now.”';
    const cast = (lee: 'he' | 'she', kim: 'he' | 'she') => [
      { id: 'lee', fullName: 'Sam Lee', shortName: 'Lee', pronoun: lee },
      { id: 'kim', fullName: 'Alex Kim', shortName: 'Kim', pronoun: kim },
    ];
    const last = (options: object) => direct(story, options).at(-1)!;
    expect(last({ knownSpeakers: cast('he', 'she') }).speaker?.name).toBe('Alex Kim');
    expect(last({ knownSpeakers: cast('she', 'he') }).speaker?.name).toBe('Sam Lee');
  });

  it('On her part, X stated that …: reported speech, and a later "she" refers to X', () => {
    const story = 'Omar Haddad said the deal was close.\n\nOn her part, Ana Lima stated that the deal was far from done. She added, “There is a lot of work left.”';
    const all = detectQuotes(story);
    const stated = all.find((s) => s.kind === 'indirect' && s.text.startsWith('the deal was far'));
    expect(stated?.speaker?.name).toBe('Ana Lima');
    expect(stated?.cue?.text).toBe('stated');
    expect(all.find((s) => s.kind === 'direct')?.speaker?.name).toBe('Ana Lima');
  });

  it('gives a short name the full name used earlier in the story', () => {
    const story = 'The minister met his counterpart, Liz Truss, in London.\n\n“We agree on the next steps,” Truss said.';
    expect(only(story).speaker?.name).toBe('Liz Truss');
  });
});

describe('quotes without their own attribution', () => {
  it('a bare quote paragraph right after an attributed one has the same speaker', () => {
    const story = 'Jane Okafor said: “We will keep going.”\n\n“There is no other way for us and we all know it.”';
    const [, bare] = direct(story);
    expect(bare!.speaker?.name).toBe('Jane Okafor');
    expect(bare!.confidence).toBeLessThan(direct(story)[0]!.confidence);
  });

  it('a bare quote after a paragraph of narrative gets no speaker and a low confidence', () => {
    const story = 'Jane Okafor said: “We will keep going.”\n\nThe council met again on Tuesday.\n\n“Nobody expected the vote to pass so easily tonight.”';
    const last = direct(story).at(-1)!;
    expect(last.text.startsWith('Nobody')).toBe(true);
    expect(last.speaker).toBeNull();
    expect(last.confidence).toBeLessThan(0.5);
  });

  it('a multi-paragraph quote is suggested paragraph by paragraph, all with the speaker of its first paragraph', () => {
    const story = 'Jane Okafor said: “The first part of the statement.\n\n“The second part of the statement.\n\n“The end of it.”\n\nThe meeting ended.';
    const quotes = direct(story);
    expect(quotes.map((q) => q.text)).toEqual(['The first part of the statement.', 'The second part of the statement.', 'The end of it.']);
    for (const q of quotes) {
      expect(q.speaker?.name).toBe('Jane Okafor');
      expect(q.speaker?.mention.start).toBe(0);
      expect(q.cue?.text).toBe('said');
    }
  });
});

describe('other quotation marks', () => {
  it('« »', () => {
    const q = only('« We will not give up on the talks », Jean Dupont said.');
    expect(q.text).toBe('We will not give up on the talks');
    expect(q.speaker?.name).toBe('Jean Dupont');
  });

  it('„ “', () => {
    const q = only('Klaus Weber said: „We will not give up on the talks.“');
    expect(q.text).toBe('We will not give up on the talks.');
    expect(q.speaker?.name).toBe('Klaus Weber');
  });

  it('‘ ’', () => {
    const q = only('Klaus Weber said: ‘We don’t give up on talks that matter.’');
    expect(q.text).toBe('We don’t give up on talks that matter.');
  });
});

describe('not speech', () => {
  it('does not suggest scare quotes, titles or short names in quotation marks', () => {
    const story =
      'Critics called the plan a “reset”. The film “The Lord of the Rings” drew crowds, and his “friend” left early. ' +
      'She watched “State of the Union” on Sunday.';
    expect(direct(story)).toEqual([]);
  });

  it('does not suggest a few quoted words inside reported speech, but does suggest the reported speech', () => {
    const story = 'Jane Okafor said the council had made a “serious error” in its planning for the new school.';
    const all = detectQuotes(story);
    expect(all.filter((s) => s.kind === 'direct')).toEqual([]);
    const reported = all.find((s) => s.kind === 'indirect');
    expect(reported?.text).toBe('the council had made a “serious error” in its planning for the new school');
    expect(reported?.speaker?.name).toBe('Jane Okafor');
  });

  it('treats quoted words woven into a reporting sentence as part of the reported speech', () => {
    const story =
      'Jane Okafor said the new school was “not quite there yet.” Tom Reyes called the budget “a plan for nobody and a waste of money.”';
    const all = detectQuotes(story);
    expect(all.filter((s) => s.kind === 'direct')).toEqual([]);
    const school = all.find((s) => s.kind === 'indirect' && s.text.includes('not quite there yet'));
    expect(school?.text).toBe('the new school was “not quite there yet.”');
    expect(school?.speaker?.name).toBe('Jane Okafor');
    const budget = all.find((s) => s.kind === 'indirect' && s.text.includes('a plan for nobody'));
    expect(budget?.speaker?.name).toBe('Tom Reyes');
    expect(story.slice(budget!.start, budget!.end)).toBe(budget!.text);
  });

  it('reads a quotation the sentence goes on past, before its attribution, as reported speech', () => {
    const story = 'The vote “will be a real challenge” for the council, said Jane Okafor.';
    const all = detectQuotes(story);
    expect(all.filter((s) => s.kind === 'direct')).toEqual([]);
    expect(all.find((s) => s.kind === 'indirect')?.speaker?.name).toBe('Jane Okafor');
  });

  it('keeps a quotation introduced by a comma, and the second half of an interrupted one, as direct quotes', () => {
    expect(only('Because of the delays, “we need more time to finish the school,” Jane Okafor said.').speaker?.name).toBe('Jane Okafor');
    const [, second] = direct('“The risk,” said Tom Reyes, the council economist, “is that the school opens late.”');
    expect(second?.text).toBe('is that the school opens late.');
    expect(second?.speaker?.name).toBe('Tom Reyes');
  });

  it('reads a lower-case clause after a comma that the writer began as reported speech', () => {
    const story = 'Jane Okafor argued that the plan was late, “because the council never funded the school.”';
    expect(direct(story)).toEqual([]);
  });

  it('suggests a one-word answer when it is attributed right beside its marks', () => {
    expect(only('“Absolutely,” she said when asked.').text).toBe('Absolutely,');
  });

  it('finds nothing in an empty or quote-free text', () => {
    expect(detectQuotes('')).toEqual([]);
    expect(detectQuotes('The council met on Tuesday and adjourned at noon.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('X said (that) … is an indirect quote, with and without "that"', () => {
    const withThat = detectQuotes('Jane Okafor said that the bridge would reopen in May.').find((s) => s.kind === 'indirect');
    expect(withThat?.text).toBe('the bridge would reopen in May');
    const without = detectQuotes('Jane Okafor said the bridge would reopen in May.').find((s) => s.kind === 'indirect');
    expect(without?.text).toBe('the bridge would reopen in May');
    expect(withThat!.confidence).toBeGreaterThan(without!.confidence);
  });

  it('does not read "said Tuesday" or an inverted attribution as reported speech', () => {
    expect(detectQuotes('The mayor said Tuesday.').filter((s) => s.kind === 'indirect')).toEqual([]);
    expect(detectQuotes('The bridge will reopen, said Jane Okafor.').filter((s) => s.kind === 'indirect')).toEqual([]);
  });
});
