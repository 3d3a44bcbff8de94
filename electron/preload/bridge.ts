import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  EVENT_CHANNEL,
  EVENT_NAMES,
  type Channel,
  type CopydeskApi,
  type CopydeskBridge,
  type EventName,
  type Subscribe,
} from '../../shared/ipc/contract';

/** The part of `ipcRenderer` the bridge uses. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isEventMessage(data: unknown): data is { event: string; payload: unknown } {
  return typeof data === 'object' && data !== null && typeof (data as { event?: unknown }).event === 'string';
}

/**
 * Builds the frozen object the page sees: one named function per channel,
 * plus `on`, which hands listeners the payload only, never the IPC event.
 */
export function buildBridge(ipc: BridgeIpc): CopydeskBridge {
  const api: Partial<Record<Channel, (args: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = (args: unknown) => ipc.invoke(channel, args);
  }

  const known = new Set<string>(EVENT_NAMES);
  const on: Subscribe = (event, listener) => {
    if (!known.has(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    const wanted: EventName = event;
    const relay = (_ipcEvent: IpcRendererEvent, data: unknown): void => {
      if (isEventMessage(data) && data.event === wanted) (listener as (payload: unknown) => void)(data.payload);
    };
    ipc.on(EVENT_CHANNEL, relay);
    return () => {
      ipc.removeListener(EVENT_CHANNEL, relay);
    };
  };

  return Object.freeze({ ...(api as CopydeskApi), on });
}
