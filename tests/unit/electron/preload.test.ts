import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, CHANNELS, EVENT_CHANNEL, type CopydeskBridge } from '../../../shared/ipc/contract';
import { FakeEmitter } from './fakes';

const fake = vi.hoisted((): { exposed: Map<string, unknown>; ipc: unknown } => ({ exposed: new Map(), ipc: null }));

vi.mock('electron', async () => {
  const { FakeEmitter: Emitter } = await import('./fakes');
  class FakeIpcRenderer extends Emitter {
    invoke = vi.fn((_channel: string, _args: unknown) => Promise.resolve({ ok: true, value: 'answer' }));
    removeListener = vi.fn((name: string, listener: (...args: unknown[]) => void) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== listener),
      );
      return this;
    });
    send = vi.fn();
    sendSync = vi.fn();
  }
  fake.ipc = new FakeIpcRenderer();
  return {
    ipcRenderer: fake.ipc,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => void fake.exposed.set(key, value)),
    },
  };
});

await import('../../../electron/preload/index');

type FakeIpc = FakeEmitter & { invoke: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };
const ipc = fake.ipc as FakeIpc;
const bridge = fake.exposed.get(BRIDGE_KEY) as CopydeskBridge;

function push(event: string, payload: unknown): void {
  const ipcEvent = { sender: ipc, senderId: 0, ports: [] };
  ipc.emit(EVENT_CHANNEL, ipcEvent, { event, payload });
}

beforeEach(() => {
  ipc.invoke.mockClear();
});

describe('the preload bridge', () => {
  it('is exposed under the contract key, once', () => {
    expect([...fake.exposed.keys()]).toEqual([BRIDGE_KEY]);
  });

  it('holds exactly one function per channel plus on, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('is frozen, so the page cannot swap a function', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as unknown as Record<string, unknown>)['article:list'] = () => null;
    }).toThrow(TypeError);
  });

  it('calls each channel through ipcRenderer.invoke with its one argument', async () => {
    await expect(bridge['article:open']({ id: 'harbour-ferry' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipc.invoke).toHaveBeenCalledWith('article:open', { id: 'harbour-ferry' });
    for (const channel of CHANNELS) {
      await (bridge[channel] as (args: unknown) => Promise<unknown>)({});
      expect(ipc.invoke).toHaveBeenLastCalledWith(channel, {});
    }
    expect(ipc.send).not.toHaveBeenCalled();
  });
});

describe('on', () => {
  it('passes the payload only, never the IPC event', () => {
    const listener = vi.fn();
    bridge.on('workspace:switched', listener);
    const payload = { name: 'Desk', path: '/desk', recent: [], canChooseFolder: true };
    push('workspace:switched', payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
  });

  it('hears only the event it asked for', () => {
    const listener = vi.fn();
    bridge.on('menu:newStory', listener);
    push('workspace:changed', { changes: [] });
    push('menu:openWorkspace', {});
    ipc.emit(EVENT_CHANNEL, {}, 'not a message');
    ipc.emit('some:other-channel', {}, { event: 'menu:newStory', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    push('menu:newStory', {});
    expect(listener).toHaveBeenCalledWith({});
  });

  it('stops when the returned function is called', () => {
    const before = ipc.count(EVENT_CHANNEL);
    const listener = vi.fn();
    const stop = bridge.on('workspace:changed', listener);
    push('workspace:changed', { changes: [] });
    stop();
    push('workspace:changed', { changes: [] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipc.count(EVENT_CHANNEL)).toBe(before);
  });

  it('refuses an event the contract does not have', () => {
    expect(() => bridge.on('no:such-event' as 'menu:newStory', vi.fn())).toThrow(/Unknown event/);
  });
});
