import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** A stand-in for an Electron event emitter that records listeners and can fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  });
  once = vi.fn((name: string, listener: Listener) => {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== wrapped),
      );
      listener(...args);
    };
    return this.on(name, wrapped);
  });

  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }

  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An Electron-style event: fields of the details object plus preventDefault. */
export function navEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}
