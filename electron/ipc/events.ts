import type { WebContents } from 'electron';
import { EVENT_CHANNEL, type EventName, type EventPayload } from '../../shared/ipc/contract';
import type { Session } from '../api/session';

/** One pushed event as it travels on EVENT_CHANNEL. */
export interface EventMessage<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}

/** Pushes one event to the page in `contents`; a closed window is skipped. */
export function sendEvent<E extends EventName>(contents: WebContents, event: E, payload: EventPayload<E>): void {
  if (contents.isDestroyed()) return;
  const message: EventMessage<E> = { event, payload };
  contents.send(EVENT_CHANNEL, message);
}

/** Forwards the session's events to `contents` until it is destroyed; returns a function that stops. */
export function forwardEvents(session: Pick<Session, 'subscribe'>, contents: WebContents): () => void {
  const stop = session.subscribe((event, payload) => sendEvent(contents, event, payload as EventPayload<typeof event>));
  contents.once('destroyed', stop);
  return stop;
}
