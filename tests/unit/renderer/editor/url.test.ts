import { describe, expect, it } from 'vitest';
import { formatHotkey } from '../../../../renderer/editor/hotkeys';
import { displayUrl, hostOf, normalizeUrl } from '../../../../renderer/editor/url';

describe('addresses typed into link and embed forms', () => {
  it('keeps safe URLs and completes bare hosts and e-mail addresses', () => {
    expect(normalizeUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(normalizeUrl('  example.com/timetable ')).toBe('https://example.com/timetable');
    expect(normalizeUrl('www.example.org')).toBe('https://www.example.org');
    expect(normalizeUrl('desk@example.com')).toBe('mailto:desk@example.com');
    expect(normalizeUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(normalizeUrl('موقع.مثال')).toBe('https://موقع.مثال');
  });

  it('refuses every other scheme and anything that is not an address', () => {
    for (const input of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'ftp://x.org', 'just words', '', 'localhost:3000']) {
      expect(normalizeUrl(input), input).toBeNull();
    }
  });

  it('shows addresses short', () => {
    expect(displayUrl('https://example.com/')).toBe('example.com');
    expect(displayUrl('mailto:desk@example.com')).toBe('desk@example.com');
    expect(hostOf('https://www.example.com/x')).toBe('example.com');
    expect(hostOf('mailto:a@b.c')).toBe('');
  });
});

describe('shortcuts in tooltips', () => {
  it('reads as Ctrl+… on Windows and Linux and with symbols on a Mac', () => {
    expect(formatHotkey('mod+b', false)).toBe('Ctrl+B');
    expect(formatHotkey('mod+shift+7', false)).toBe('Ctrl+Shift+7');
    expect(formatHotkey('mod+alt+1', false)).toBe('Ctrl+Alt+1');
    expect(formatHotkey('mod+shift+7', true)).toBe('⇧⌘7');
    expect(formatHotkey('mod+alt+1', true)).toBe('⌥⌘1');
  });
});
