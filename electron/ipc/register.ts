import { ipcMain } from 'electron';
import { CHANNELS, type Handlers } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { dispatch } from '../api/dispatch';
import type { SenderCheck } from './sender';

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Copydesk window.' },
};

const EXTRA_ARGUMENTS: Result<never> = {
  ok: false,
  error: { code: 'invalid-argument', message: 'Each request takes one argument object.' },
};

/**
 * Serves `handlers` on every channel of the contract with `ipcMain.handle`.
 * The sender is checked before anything else; the argument is parsed as
 * `unknown` by `dispatch`. Returns a function that removes the handlers.
 */
export function registerIpc(handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        console.warn(`[copydesk] refused ${channel} from an untrusted frame`);
        return FORBIDDEN;
      }
      if (args.length > 1) return EXTRA_ARGUMENTS;
      return dispatch(handlers, channel, args[0]);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
