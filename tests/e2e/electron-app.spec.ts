import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Path of the downloaded Electron binary, or null when it was never fetched (as on offline machines). */
function electronBinary(): string | null {
  const pkg = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = existsSync(join(process.cwd(), 'out', 'main', 'index.js'));

test('the desktop app opens the sample story in a sandboxed window', async () => {
  test.skip(binary === null, 'No Electron binary here (it downloads on first `npm start`); the same interface is tested in Chromium.');
  test.skip(!built, 'Run `npm run build` first to test the desktop app.');
  const home = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('listitem').filter({ hasText: /ferry/i })).toBeVisible();
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  await app.close();
});
