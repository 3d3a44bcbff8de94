import { describe, expect, it } from 'vitest';
import type { CopydeskBridge } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { bodyText } from '../../../shared/model/text';
import { createAppStore } from '../../../renderer/store';
import { saveLabel } from '../../../renderer/store/story-slice';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** An in-memory workspace behind the contract, with hash-checked saves like the real store. */
function fakeWorkspace() {
  const files = new Map<string, { article: Article; hash: string }>();
  let n = 0;
  const nextHash = () => (++n).toString(16).padStart(64, '0');
  const saves: { id: string; baseHash: string | null }[] = [];
  let holdSave: Promise<void> | null = null;

  const api = {
    'workspace:info': () => Promise.resolve({ ok: true, value: { name: 'ws', path: '/ws', recent: [], canChooseFolder: false } }),
    'article:list': () => Promise.resolve({ ok: true, value: [] }),
    'trash:list': () => Promise.resolve({ ok: true, value: [] }),
    'article:open': ({ id }: { id: string }) => {
      const file = files.get(id);
      return Promise.resolve(
        file
          ? { ok: true, value: { id, hash: file.hash, article: structuredClone(file.article) } }
          : { ok: false, error: { code: 'not-found', message: 'gone' } },
      );
    },
    'article:save': async ({ id, baseHash, article }: { id: string; baseHash: string | null; article: Article }) => {
      saves.push({ id, baseHash });
      if (holdSave) await holdSave;
      const current = files.get(id)?.hash ?? null;
      if (current !== baseHash) return { ok: true, value: { kind: 'conflict', diskHash: current } };
      const hash = nextHash();
      files.set(id, { article: structuredClone(article), hash });
      return { ok: true, value: { kind: 'saved', hash } };
    },
    on: () => () => undefined,
  } as unknown as CopydeskBridge;

  return {
    api,
    saves,
    files,
    /** Another program writes the file. */
    writeOutside(id: string, article: Article) {
      const hash = nextHash();
      files.set(id, { article, hash });
      return hash;
    },
    hold() {
      let release!: () => void;
      holdSave = new Promise<void>((r) => (release = r));
      return () => {
        holdSave = null;
        release();
      };
    },
  };
}

async function setup() {
  const ws = fakeWorkspace();
  ws.writeOutside('ferry', createArticle({ headline: 'Ferry', body: [p('Original.')] }));
  const store = createAppStore(ws.api);
  await store.getState().openStory('ferry');
  return { ws, store, state: () => store.getState() };
}

describe('story store', () => {
  it('saves with the hash it was based on, then names the new hash next time', async () => {
    const { ws, state } = await setup();
    const opened = state().story!.hash;
    state().editBody([p('First edit.')]);
    expect(saveLabel(state().story!)).toEqual({ kind: 'unsaved' });
    expect(await state().save()).toBe(true);
    const afterFirst = state().story!.hash;
    expect(afterFirst).not.toBe(opened);
    state().editBody([p('Second edit.')]);
    await state().save();
    expect(ws.saves.map((s) => s.baseHash)).toEqual([opened, afterFirst]);
    expect(bodyText(ws.files.get('ferry')!.article)).toBe('Second edit.');
    expect(saveLabel(state().story!).kind).toBe('saved');
  });

  it('saves again when edits arrive while a save is out', async () => {
    const { ws, state } = await setup();
    state().editBody([p('One.')]);
    const release = ws.hold();
    const saving = state().save();
    expect(saveLabel(state().story!)).toEqual({ kind: 'saving' });
    state().editBody([p('One. Two.')]);
    release();
    expect(await saving).toBe(true);
    expect(ws.saves).toHaveLength(2);
    expect(bodyText(ws.files.get('ferry')!.article)).toBe('One. Two.');
    expect(state().story!.dirty).toBe(false);
  });

  it('reloads silently when the file changes and nothing is unsaved', async () => {
    const { ws, state } = await setup();
    const hash = ws.writeOutside('ferry', createArticle({ headline: 'Ferry', body: [p('From outside.')] }));
    await state().diskChanged({ changes: [{ id: 'ferry', kind: 'changed', hash }] });
    expect(bodyText(state().story!.article)).toBe('From outside.');
    expect(state().story!.hash).toBe(hash);
    expect(state().story!.loads).toBe(1);
    expect(state().story!.conflict).toBeNull();
  });

  it('keeps both versions when the file changes under unsaved edits, and writes nothing', async () => {
    const { ws, state } = await setup();
    state().editBody([p('Mine.')]);
    const hash = ws.writeOutside('ferry', createArticle({ headline: 'Ferry', body: [p('Theirs.')] }));
    await state().diskChanged({ changes: [{ id: 'ferry', kind: 'changed', hash }] });
    const story = state().story!;
    expect(story.conflict?.reason).toBe('changed');
    expect(bodyText(story.conflict!.disk!)).toBe('Theirs.');
    expect(bodyText(story.article)).toBe('Mine.');
    expect(await state().save()).toBe(false);
    expect(ws.saves).toHaveLength(0);
  });

  it('Keep mine saves over the disk version, based on the hash now on disk', async () => {
    const { ws, state } = await setup();
    state().editBody([p('Mine.')]);
    const theirs = ws.writeOutside('ferry', createArticle({ headline: 'Ferry', body: [p('Theirs.')] }));
    expect(await state().save()).toBe(false);
    expect(state().story!.conflict?.diskHash).toBe(theirs);
    await state().keepMine();
    expect(ws.saves.at(-1)!.baseHash).toBe(theirs);
    expect(bodyText(ws.files.get('ferry')!.article)).toBe('Mine.');
    expect(state().story!.conflict).toBeNull();
  });

  it('Use disk version loads the file and keeps the buffer beside it', async () => {
    const { ws, state } = await setup();
    state().editBody([p('Mine.')]);
    const hash = ws.writeOutside('ferry', createArticle({ headline: 'Ferry', body: [p('Theirs.')] }));
    await state().diskChanged({ changes: [{ id: 'ferry', kind: 'changed', hash }] });
    await state().takeDiskVersion();
    const story = state().story!;
    expect(bodyText(story.article)).toBe('Theirs.');
    expect(bodyText(story.kept!)).toBe('Mine.');
    expect(story.dirty).toBe(false);
    state().dismissKept();
    expect(state().story!.kept).toBeNull();
  });

  it('keeps the buffer when the file is deleted, and can write it back', async () => {
    const { ws, state } = await setup();
    state().editBody([p('Still here.')]);
    ws.files.delete('ferry');
    await state().diskChanged({ changes: [{ id: 'ferry', kind: 'removed', hash: null }] });
    expect(saveLabel(state().story!)).toEqual({ kind: 'conflict', reason: 'deleted' });
    expect(bodyText(state().story!.article)).toBe('Still here.');
    await state().keepMine();
    expect(ws.saves.at(-1)!.baseHash).toBeNull();
    expect(bodyText(ws.files.get('ferry')!.article)).toBe('Still here.');
  });
});
