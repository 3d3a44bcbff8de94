import { describe, expect, it } from 'vitest';
import type { CopydeskBridge } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { headlinePatch, slugFollowsHeadline, typedSlug } from '../../../renderer/features/story/headline-slug';
import { directionOf } from '../../../renderer/features/story/languages';
import { createAppStore } from '../../../renderer/store';
import { saveLabel } from '../../../renderer/store/story-slice';

const HASH = 'b'.repeat(64);
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** A workspace with one story and a backup folder, behind the contract. */
function fakeApi(article: Article) {
  const backups = new Map<string, { id: string; baseHash: string | null; savedAt: string; article: Article }>();
  const calls: string[] = [];
  let fileHash = HASH;
  let file = article;
  const api = {
    'article:open': ({ id }: { id: string }) => Promise.resolve({ ok: true, value: { id, hash: fileHash, article: structuredClone(file) } }),
    'article:list': () => Promise.resolve({ ok: true, value: [{ id: 'ferry', file: 'ferry.story.json', headline: 'x', section: '', status: 'draft', updatedAt: '', wordCount: 1 }] }),
    'article:save': ({ baseHash, article: saved }: { baseHash: string | null; article: Article }) => {
      calls.push(`save:${baseHash}`);
      if (baseHash !== fileHash) return Promise.resolve({ ok: true, value: { kind: 'conflict', diskHash: fileHash } });
      file = saved;
      fileHash = 'c'.repeat(64);
      return Promise.resolve({ ok: true, value: { kind: 'saved', hash: fileHash } });
    },
    'backup:write': (b: { id: string; baseHash: string | null; article: Article }) => {
      calls.push('backup:write');
      backups.set(b.id, { ...b, savedAt: '2026-03-03T12:03:00.000Z' });
      return Promise.resolve({ ok: true, value: { savedAt: '2026-03-03T12:03:00.000Z' } });
    },
    'backup:read': ({ id }: { id: string }) => Promise.resolve({ ok: true, value: backups.get(id) ?? null }),
    'backup:list': () => Promise.resolve({ ok: true, value: [...backups.values()].map((b) => ({ id: b.id, baseHash: b.baseHash, savedAt: b.savedAt, headline: '' })) }),
    'backup:discard': ({ id }: { id: string }) => {
      calls.push('backup:discard');
      return Promise.resolve({ ok: true, value: { discarded: backups.delete(id) } });
    },
    on: () => () => undefined,
  } as unknown as CopydeskBridge;
  return { api, backups, calls, setFile: (a: Article, hash: string) => ((file = a), (fileHash = hash)) };
}

async function open(article = createArticle({ headline: 'Ferry returns', body: [p('Body.')] })) {
  const fake = fakeApi(article);
  const store = createAppStore(fake.api);
  await store.getState().openStory('ferry');
  return { ...fake, store, state: () => store.getState() };
}

describe('header fields', () => {
  it('an edit marks the story unsaved, and undo puts the field back in one step per field', async () => {
    const { state } = await open();
    state().editField('headline', { headline: 'Ferry returns to' });
    state().editField('headline', { headline: 'Ferry returns to port' });
    state().editField('standfirst', { standfirst: 'After two years.' });
    expect(saveLabel(state().story!)).toEqual({ kind: 'unsaved' });
    state().undo();
    expect(state().story!.article.metadata.standfirst).toBe('');
    state().undo();
    expect(state().story!.article.metadata.headline).toBe('Ferry returns');
    state().redo();
    expect(state().story!.article.metadata.headline).toBe('Ferry returns to port');
  });

  it('an edit that changes nothing is not a step', async () => {
    const { state } = await open();
    state().editField('tags', { tags: [] });
    expect(state().timeline.canUndo).toBe(false);
    expect(state().story!.dirty).toBe(false);
  });

  it('the slug follows the headline until it is edited by hand', () => {
    const fresh = { headline: 'Ferry returns', slug: 'ferry-returns' };
    expect(headlinePatch(fresh, 'Ferry returns to port')).toEqual({ headline: 'Ferry returns to port', slug: 'ferry-returns-to-port' });
    expect(headlinePatch({ headline: '', slug: '' }, 'Night bus')).toEqual({ headline: 'Night bus', slug: 'night-bus' });
    const handEdited = { headline: 'Ferry returns', slug: 'ferry-2026' };
    expect(slugFollowsHeadline(handEdited)).toBe(false);
    expect(headlinePatch(handEdited, 'Ferry is back')).toEqual({ headline: 'Ferry is back' });
    expect(typedSlug('My Slug  Here')).toBe('my-slug-here');
  });

  it('Arabic, Hebrew, Persian and Urdu are written right to left', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'fr', 'de', 'es', 'en-GB'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('crash recovery', () => {
  it('offers a backup that holds edits the file does not, and restoring makes them unsaved edits on the current file', async () => {
    const article = createArticle({ headline: 'Ferry returns', body: [p('Body.')] });
    const { state, backups, calls } = await open(article);
    backups.set('ferry', { id: 'ferry', baseHash: HASH, savedAt: '2026-03-03T12:03:00.000Z', article: { ...article, body: [p('Body. Typed before the crash.')] } });
    await state().checkBackup('ferry');
    expect(state().recovery).toMatchObject({ id: 'ferry', savedAt: '2026-03-03T12:03:00.000Z', fileChanged: false });
    expect(state().story!.dirty).toBe(false);

    const loads = state().story!.loads;
    state().restoreRecovery();
    expect(state().recovery).toBeNull();
    expect(state().story).toMatchObject({ dirty: true, hash: HASH, loads: loads + 1 });
    expect(state().story!.article.body).toEqual([p('Body. Typed before the crash.')]);
    expect(await state().save()).toBe(true);
    expect(calls).toContain(`save:${HASH}`);
  });

  it('quietly drops a backup that matches the file, and Discard drops an offered one', async () => {
    const article = createArticle({ headline: 'Ferry returns', body: [p('Body.')] });
    const { state, backups } = await open(article);
    backups.set('ferry', { id: 'ferry', baseHash: HASH, savedAt: '2026-03-03T12:03:00.000Z', article: { ...article, metadata: { ...article.metadata, updatedAt: '2030-01-01T00:00:00.000Z' } } });
    await state().checkBackup('ferry');
    expect(state().recovery).toBeNull();
    expect(backups.has('ferry')).toBe(false);

    backups.set('ferry', { id: 'ferry', baseHash: 'd'.repeat(64), savedAt: '2026-03-03T12:03:00.000Z', article: { ...article, body: [p('Other.')] } });
    await state().checkBackup('ferry');
    expect(state().recovery?.fileChanged).toBe(true);
    await state().discardRecovery();
    expect(state().recovery).toBeNull();
    expect(backups.has('ferry')).toBe(false);
    expect(state().story!.article.body).toEqual([p('Body.')]);
  });

  it('backs up only unsaved edits; before quitting it saves, and backs up when the save cannot go through', async () => {
    const { state, calls, backups, setFile } = await open();
    await state().backupNow();
    expect(backups.size).toBe(0);
    state().editBody([p('Edited.')]);
    await state().flushBeforeQuit();
    expect(state().story!.dirty).toBe(false);
    expect(backups.size).toBe(0);

    state().editBody([p('Edited again.')]);
    setFile(createArticle({ headline: 'Changed elsewhere' }), 'e'.repeat(64));
    await state().flushBeforeQuit();
    expect(saveLabel(state().story!).kind).toBe('conflict');
    expect(backups.get('ferry')?.article.body).toEqual([p('Edited again.')]);
    expect(calls.at(-1)).toBe('backup:write');
  });

  it('at start, opens the story with the newest backup when nothing is open', async () => {
    const article = createArticle({ headline: 'Ferry returns', body: [p('Body.')] });
    const fake = fakeApi(article);
    fake.backups.set('ferry', { id: 'ferry', baseHash: HASH, savedAt: '2026-03-03T12:03:00.000Z', article: { ...article, body: [p('Lost?')] } });
    const store = createAppStore(fake.api);
    await store.getState().refreshList();
    await store.getState().recoverAtStart();
    expect(store.getState().story?.id).toBe('ferry');
  });
});
