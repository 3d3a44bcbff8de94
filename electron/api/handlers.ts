import type { Handlers } from '../../shared/ipc/contract';
import { createArticle } from '../../shared/model/factory';
import type { Session } from './session';
import { createExportHandlers } from './export-handlers';
import type { RetentionPolicy, RetentionSettings } from '../../shared/model/version';

/** What only the desktop app can do; other transports leave these out and the channels answer harmlessly. */
export interface HostHooks {
  /** Uses the dictionaries for `language`; answers the ones now in use. */
  setSpellcheckLanguage?: (language: string) => string[];
  /** The window has saved everything and may close. */
  readyToQuit?: () => void;
}

/** The one handler object every transport serves, typed from the contract. */
export function createHandlers(session: Session, host: HostHooks = {}): Handlers {
  return {
    'workspace:info': () => session.info(),
    'workspace:choose': () => session.choose(),
    'workspace:openRecent': ({ key }) => session.openRecent(key),
    'article:list': () => session.store.list(),
    'article:open': ({ id }) => session.store.read(id),
    'article:create': async ({ headline, section }) => {
      const { id } = await session.store.create(createArticle(section === undefined ? { headline } : { headline, section }));
      return { id };
    },
    'article:save': ({ id, article, baseHash }) => session.store.save(id, article, baseHash),
    'article:trash': ({ id }) => session.store.trash(id),
    'trash:list': () => session.store.listTrash(),
    'trash:restore': ({ trashId }) => session.store.restore(trashId),
    'asset:add': ({ fileName, dataBase64 }) => session.assets.add(fileName, Buffer.from(dataBase64, 'base64')),
    'asset:read': ({ src }) => session.assets.read(src),
    'settings:get': () => session.options.settings.editorSettings(),
    'settings:update': (patch) => session.options.settings.updateEditorSettings(patch),
    'settings:author': async () => (await session.options.settings.get()).author,
    'settings:setAuthor': async (author) => (await session.options.settings.update((s) => ({ ...s, author }))).author,
    'history:retention': async () => withoutOffset(await session.history.retention()),
    'history:setRetention': async (settings) => withoutOffset(await session.history.setRetention(settings)),
    'history:list': ({ uid }) => session.history.list(uid),
    'history:read': ({ uid, versionId }) => session.history.read(uid, versionId),
    'history:snapshot': async ({ id, reason, restoredFrom }) => {
      const { article } = await session.store.read(id);
      const { author } = await session.options.settings.get();
      return session.history.snapshot(article, {
        reason,
        author,
        ...(restoredFrom !== undefined ? { restoredFrom } : {}),
      });
    },
    'backup:write': (input) => session.backups.write(input),
    'backup:list': () => session.backups.list(),
    'backup:read': ({ id }) => session.backups.read(id),
    'backup:discard': ({ id }) => session.backups.discard(id),
    'spellcheck:setLanguage': ({ language }) => Promise.resolve({ languages: host.setSpellcheckLanguage?.(language) ?? [] }),
    ...createExportHandlers(session),
    'app:readyToQuit': () => {
      host.readyToQuit?.();
      return Promise.resolve({});
    },
  };
}

/** A policy as a person sets it: the day boundary stays the machine's business. */
function withoutOffset({ keepAllDays, dailyAfter, maxAgeDays }: RetentionPolicy): RetentionSettings {
  return { keepAllDays, dailyAfter, maxAgeDays };
}
