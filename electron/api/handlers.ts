import type { Handlers } from '../../shared/ipc/contract';
import { createArticle } from '../../shared/model/factory';
import type { Session } from './session';
import { backupStoreFor } from '../services/backup';

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
    'backup:write': (input) => backupStoreFor(session.store.root).write(input),
    'backup:list': () => backupStoreFor(session.store.root).list(),
    'backup:read': ({ id }) => backupStoreFor(session.store.root).read(id),
    'backup:discard': ({ id }) => backupStoreFor(session.store.root).discard(id),
    'spellcheck:setLanguage': ({ language }) => Promise.resolve({ languages: host.setSpellcheckLanguage?.(language) ?? [] }),
    'app:readyToQuit': () => {
      host.readyToQuit?.();
      return Promise.resolve({});
    },
  };
}
