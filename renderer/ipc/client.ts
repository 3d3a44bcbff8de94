import { BRIDGE_KEY, type CopydeskBridge } from '../../shared/ipc/contract';
import { createHttpBridge } from './http-bridge';

/** The preload's bridge in the desktop app, else the HTTP transport of `npm run web`. */
export function createClient(): CopydeskBridge {
  const bridge = (window as unknown as Record<string, CopydeskBridge | undefined>)[BRIDGE_KEY];
  return bridge ?? createHttpBridge();
}

/** True inside the desktop app (the preload put the bridge on window). */
export function isDesktop(): boolean {
  return (window as unknown as Record<string, unknown>)[BRIDGE_KEY] !== undefined;
}
