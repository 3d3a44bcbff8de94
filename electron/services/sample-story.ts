import type { Article } from '../../shared/model/article';
import type { Block } from '../../shared/model/body';
import { createArticle } from '../../shared/model/factory';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

/** The story a new default workspace starts with, so the app never opens empty. */
export function sampleStory(now = new Date()): Article {
  const article = createArticle({
    headline: 'Harbour ferry returns after two-year repair, with a timetable built around commuters',
    section: 'Local',
    now,
    body: [
      p(
        'The Eastgate harbour ferry carried its first passengers in two years on Monday morning, after a refit that replaced both engines and the landing stage on the north quay.',
      ),
      p(
        '“We listened to the people who used to wait in the rain for a boat that did not come,” said Maren Holt, who chairs the town’s transport committee. “The new timetable starts earlier and runs every twenty minutes at peak.”',
      ),
      { type: 'heading', level: 2, children: [{ text: 'What changes for passengers' }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'First crossing at 6.10am on weekdays' }] },
          { type: 'list-item', children: [{ text: 'Bicycles carried free before 9am' }] },
          { type: 'list-item', children: [{ text: 'Contactless payment on board' }] },
        ],
      },
      p(
        'Jonas Brandt, the ferry’s skipper for eleven years, said the crossing was now ten minutes shorter. He added, “The old engines were older than some of our passengers.”',
      ),
      p('The committee will publish passenger numbers for the first month in the new year.'),
    ],
  });
  article.metadata.standfirst = 'The crossing is ten minutes shorter and starts before six on weekdays.';
  article.metadata.bylines = [{ name: 'Copydesk Newsroom', role: 'Staff reporter' }];
  article.metadata.dateline = { place: 'Eastgate', date: now.toISOString().slice(0, 10) };
  article.metadata.tags = ['transport', 'harbour'];
  return article;
}
