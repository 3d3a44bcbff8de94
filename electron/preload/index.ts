import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../../shared/ipc/contract';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_KEY, buildBridge(ipcRenderer));
