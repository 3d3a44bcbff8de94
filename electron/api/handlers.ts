import type { Handlers } from '../../shared/ipc/contract';
import { createArticle } from '../../shared/model/factory';
import type { Session } from './session';

/** The one handler object every transport serves, typed from the contract. */
export function createHandlers(session: Session): Handlers {
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
  };
}
