import { access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers';
import { Session } from '../api/session';
import { SettingsStore } from '../services/settings';
import { startWebServer } from './server';

const USAGE = 'usage: npm run web -- [--workspace DIR] [--port N] [--settings FILE]';

/** The per-user configuration folder of this OS. */
function configDir(): string {
  if (process.platform === 'win32') return process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

function usage(message: string): never {
  process.stderr.write(`copydesk web: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        workspace: { type: 'string' },
        port: { type: 'string' },
        settings: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be a number from 0 to 65535');

  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  try {
    await access(join(staticDir, 'index.html'));
  } catch {
    process.stderr.write('copydesk web: the renderer is not built; run `npm run build:renderer` first\n');
    process.exit(1);
  }

  const workspace = values.workspace === undefined ? undefined : resolve(values.workspace);
  const settings = new SettingsStore(values.settings ? resolve(values.settings) : join(configDir(), 'Copydesk', 'web-settings.json'));
  const session = new Session({
    settings,
    defaultWorkspace: workspace ?? join(homedir(), 'Documents', 'Copydesk'),
  });
  await session.start(workspace);
  const server = await startWebServer({ handlers: createHandlers(session), session, staticDir, port });
  process.stdout.write(server.url + '\n');

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void Promise.all([server.close(), session.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const message =
    code === 'EADDRINUSE' ? 'that port is already in use' : code === 'EACCES' ? 'permission denied' : (err as Error)?.message ?? String(err);
  process.stderr.write(`copydesk web: ${message}\n`);
  process.exit(1);
});
