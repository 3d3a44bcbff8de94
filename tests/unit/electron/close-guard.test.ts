import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardWindowClose } from '../../../electron/main/close-guard';
import { FakeEmitter } from './fakes';

class FakeWindow extends FakeEmitter {
  destroyed = false;
  closes = 0;
  close = vi.fn(() => {
    this.closes++;
    const event = { preventDefault: vi.fn() };
    this.emit('close', event);
    if (!event.preventDefault.mock.calls.length) this.destroyed = true;
  });
  isDestroyed = () => this.destroyed;
}

function setup(askPage = vi.fn(() => true)) {
  const win = new FakeWindow();
  const guard = guardWindowClose(win as never, { askPage, graceMs: 5000 });
  const tryClose = () => {
    const event = { preventDefault: vi.fn() };
    win.emit('close', event);
    return event;
  };
  return { win, guard, askPage, tryClose };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('closing the window', () => {
  it('is held until the page says it has saved, then goes through', () => {
    const { win, guard, askPage, tryClose } = setup();
    const first = tryClose();
    expect(first.preventDefault).toHaveBeenCalled();
    expect(askPage).toHaveBeenCalledTimes(1);
    expect(win.destroyed).toBe(false);

    guard.ready();
    expect(win.close).toHaveBeenCalledTimes(1);
    expect(win.destroyed).toBe(true);
  });

  it('asks the page once even when the user clicks close again while it saves', () => {
    const { askPage, tryClose } = setup();
    tryClose();
    expect(tryClose().preventDefault).toHaveBeenCalled();
    expect(askPage).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the page does not answer in time', () => {
    const { win, tryClose } = setup();
    tryClose();
    vi.advanceTimersByTime(4999);
    expect(win.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.destroyed).toBe(true);
  });

  it('closes at once when the page is gone', () => {
    const { win, tryClose } = setup(vi.fn(() => false));
    tryClose();
    expect(win.destroyed).toBe(true);
  });

  it('ignores a ready answer nobody asked for', () => {
    const { win, guard } = setup();
    guard.ready();
    expect(win.close).not.toHaveBeenCalled();
  });
});
