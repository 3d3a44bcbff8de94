import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AppState } from '../../../../renderer/store/types';
import { whenStoryRests, type RestReason } from '../../../../renderer/store/watch';

type Article = { body: string[]; headline: string };

/** Just the part of the app state the watcher reads: the open story's id, reloads and article. */
function storyStore() {
  const store = createStore(() => ({ story: { id: 'ferry', loads: 0, article: { body: ['One.'], headline: 'Ferry' } } }) as unknown as AppState);
  const story = () => store.getState().story as unknown as { id: string; loads: number; article: Article };
  const edit = (patch: Partial<Article>) => store.setState({ story: { ...story(), article: { ...story().article, ...patch } } } as unknown as AppState);
  const open = (id: string) => store.setState({ story: { id, loads: 0, article: { body: [], headline: id } } } as unknown as AppState);
  return { store, edit, open };
}

describe('whenStoryRests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once at the start, then only after typing pauses for the delay', () => {
    const { store, edit } = storyStore();
    const runs: RestReason[] = [];
    whenStoryRests(store, { delayMs: 300 }, (reason) => runs.push(reason));
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['start']);

    edit({ body: ['One. Two'] });
    vi.advanceTimersByTime(200);
    edit({ body: ['One. Two.'] });
    vi.advanceTimersByTime(299);
    expect(runs).toEqual(['start']);
    vi.advanceTimersByTime(2);
    expect(runs).toEqual(['start', 'edited']);
  });

  it('ignores changes that do not count, and runs at once for another story, dropping the pending run', () => {
    const { store, edit, open } = storyStore();
    const runs: RestReason[] = [];
    const changed = (state: AppState, previous: AppState) => state.story?.article.body !== previous.story?.article.body;
    whenStoryRests(store, { delayMs: 300, changed, idle: false }, (reason) => runs.push(reason));
    vi.advanceTimersByTime(1);

    edit({ headline: 'Ferry back' });
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['start']);

    edit({ body: ['Changed.'] });
    open('bus');
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['start', 'opened']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['start', 'opened']);
  });

  it('does not let typing put off a story just opened', () => {
    const { store, edit, open } = storyStore();
    const runs: RestReason[] = [];
    whenStoryRests(store, { delayMs: 300, idle: false }, (reason) => runs.push(reason));
    vi.advanceTimersByTime(1);
    open('bus');
    edit({ body: ['First words.'] });
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['start', 'opened']);
  });

  it('runs nothing once stopped', () => {
    const { store, edit } = storyStore();
    const work = vi.fn();
    const stop = whenStoryRests(store, { delayMs: 300 }, work);
    vi.advanceTimersByTime(1);
    edit({ body: ['Two.'] });
    stop();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
