import {
  CHANNELS,
  events,
  type Channel,
  type CopydeskApi,
  type CopydeskBridge,
  type EventName,
  type EventPayload,
} from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

type AnyListener = (payload: unknown) => void;

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'io', message: 'Copydesk is not reachable. Is the server still running?' },
};

async function call(channel: Channel, args: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args ?? {}),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return unreachable;
  }
  if (response.status === 403) {
    return { ok: false, error: { code: 'forbidden', message: 'This page is not signed in. Open the link Copydesk printed.' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return unreachable;
  }
}

/** The contract over fetch (`POST /api/<channel>`) and Server-Sent Events (`/api/events`). */
export function createHttpBridge(): CopydeskBridge {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let source: EventSource | null = null;

  const connect = () => {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      let data: { event?: unknown; payload?: unknown };
      try {
        data = JSON.parse(message.data) as typeof data;
      } catch {
        return;
      }
      const name = data.event as EventName;
      if (typeof data.event !== 'string' || !Object.prototype.hasOwnProperty.call(events, name)) return;
      const parsed = events[name].safeParse(data.payload);
      if (!parsed.success) return;
      for (const listener of listeners.get(name) ?? []) listener(parsed.data);
    };
  };

  const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (args: unknown) => call(channel, args)])) as CopydeskApi;

  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
    connect();
    const set = listeners.get(event) ?? new Set<AnyListener>();
    listeners.set(event, set);
    set.add(listener as AnyListener);
    return () => {
      set.delete(listener as AnyListener);
    };
  };

  return { ...api, on };
}
