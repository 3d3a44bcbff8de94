import { describe, expect, it } from 'vitest';
import { renderArticleFragment, renderHtmlPage } from '../../../shared/render/html';
import { FIXTURES, fixture, houseStyle, validationErrors } from './helpers';

describe('html-validate (recommended preset) on every fixture', () => {
  const style = houseStyle();

  it.each(FIXTURES)('%s: the full page has 0 errors', async (name) => {
    expect(await validationErrors(renderHtmlPage(fixture(name), { style }))).toEqual([]);
  });

  it.each(FIXTURES)('%s: the fragment in a minimal page has 0 errors', async (name) => {
    const fragment = renderArticleFragment(fixture(name));
    const html = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Fragment</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
    expect(await validationErrors(html)).toEqual([]);
  });

  it('would catch an invalid page (the validator is live)', async () => {
    const broken = renderHtmlPage(fixture('feature'), { style }).replace('<h1>', '<h1><div>').replace('</h1>', '</div></h1>');
    expect((await validationErrors(broken)).length).toBeGreaterThan(0);
  });
});
