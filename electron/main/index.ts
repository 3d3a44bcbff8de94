import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApp } from './app';

const here = dirname(fileURLToPath(import.meta.url));

runApp({
  preload: join(here, '..', 'preload', 'index.cjs'),
  rendererRoot: join(here, '..', 'renderer'),
});
