import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeStylesheet } from '../../../shared/render/style';

const css = readFileSync(new URL('../../../assets/export/article.css', import.meta.url), 'utf8');

describe('house stylesheet', () => {
  it('can be inlined as it is', () => {
    expect(normalizeStylesheet(css)).toBe(css);
  });

  it('sets a serif body, print styles and a phone-width layout', () => {
    expect(css).toMatch(/body\s*{[^}]*font-family:\s*var\(--serif\)/);
    expect(css).toMatch(/--serif:[^;]*serif;/);
    expect(css).toContain('@media print');
    expect(css).toMatch(/@media \(max-width: 36rem\)/);
  });

  it('uses logical directions only, so right-to-left stories mirror', () => {
    const physical = css.match(/(?:margin|padding|border)-(?:left|right)\b|\b(?:float|text-align|clear):\s*(?:left|right)\b|\b(?:left|right):/g);
    expect(physical).toBeNull();
    expect(css).toContain('inline-start');
  });

  it('loads nothing from the network (the page CSP would block it anyway)', () => {
    expect(css).not.toMatch(/@import|url\(/);
  });
});
