import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

// The layering rules need no type information. Probe files do not exist on disk,
// so the type-aware parser (which only knows files in a tsconfig) is switched off for them.
const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfigFile: join(repoRoot, 'eslint.config.js'),
  overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config,
});

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return result?.messages ?? [];
}

function layeringErrors(messages: Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.filter(
    (m) =>
      m.severity === 2 &&
      ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties'].includes(m.ruleId ?? ''),
  );
}

async function expectRefused(file: string, code: string, teaches: RegExp): Promise<void> {
  const messages = await lint(file, code);
  const errors = layeringErrors(messages);
  expect(
    errors.map((e) => e.message),
    `${file}: ${code}`,
  ).toContainEqual(expect.stringMatching(teaches));
}

async function expectAllowed(file: string, code: string): Promise<void> {
  const messages = await lint(file, code);
  expect(messages.filter((m) => m.severity === 2)).toEqual([]);
}

const SHARED = /shared\/ is runtime-neutral/;
const RENDERER = /renderer\/ runs in a sandboxed page/;
const IPC_MAIN = /ipcMain is used only in electron\/ipc\//;
const IPC_RENDERER = /ipcRenderer is used only in electron\/preload\//;
const SERVICES = /run without Electron/;

describe('shared/ stays runtime-neutral', () => {
  it.each([
    ["import fs from 'node:fs';\nexport const x = fs;\n"],
    ["import { readFile } from 'fs/promises';\nexport const x = readFile;\n"],
    ["import { app } from 'electron';\nexport const x = app;\n"],
    ["import { Session } from '../../electron/api/session';\nexport type X = Session;\n"],
    ["import { useStore } from '../../renderer/store/app';\nexport const x = useStore;\n"],
    ["import React from 'react';\nexport const x = React;\n"],
    ["import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
    ["import { Editor } from 'slate';\nexport const x = Editor;\n"],
    ["import { withReact } from 'slate-react';\nexport const x = withReact;\n"],
    ['export const title = () => document.title;\n'],
    ["export const save = (v: string) => localStorage.setItem('k', v);\n"],
    ['export const lang = () => navigator.language;\n'],
    ['export const w = () => window.innerWidth;\n'],
  ])('refuses %j', (code) => expectRefused('shared/model/probe.ts', code, SHARED));

  it('allows zod and other shared modules', () =>
    expectAllowed(
      'shared/model/probe.ts',
      "import { z } from 'zod';\nimport { countWords } from '../text/count';\nexport const s = z.string();\nexport const c = countWords;\n",
    ));
});

describe('renderer/ stays in the page', () => {
  it.each([
    ["import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ["import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ["import { shell } from 'electron';\nexport const x = shell;\n"],
    ["import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ["import path from 'path';\nexport const x = path;\n"],
    ["import { dispatch } from '../../electron/api/dispatch';\nexport const x = dispatch;\n"],
  ])('refuses %j', (code) => expectRefused('renderer/features/probe.ts', code, RENDERER));

  it('allows shared/ and React', () =>
    expectAllowed(
      'renderer/features/probe.ts',
      "import { useState } from 'react';\nimport { CHANNELS } from '../../shared/ipc/contract';\nexport const x = [useState, CHANNELS];\n",
    ));
});

describe('ipcMain and ipcRenderer stay in their folders', () => {
  it('ipcMain only in electron/ipc', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
    await expectAllowed('electron/ipc/probe.ts', code);
    await expectRefused('electron/main/probe.ts', code, IPC_MAIN);
    await expectRefused('electron/preload/probe.ts', code, IPC_MAIN);
    await expectRefused('electron/main/probe.ts', "import * as electron from 'electron';\nexport const x = electron.ipcMain;\n", IPC_MAIN);
  });

  it('ipcRenderer only in electron/preload', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
    await expectAllowed('electron/preload/probe.ts', code);
    await expectRefused('electron/ipc/probe.ts', code, IPC_RENDERER);
    await expectRefused('electron/main/probe.ts', code, IPC_RENDERER);
  });

  it('the rest of electron/main may use Electron', () =>
    expectAllowed('electron/main/probe.ts', "import { app, shell } from 'electron';\nexport const x = [app, shell];\n"));
});

describe('services, api, cli and web run without Electron', () => {
  it.each(['electron/services/probe.ts', 'electron/api/probe.ts', 'electron/cli/probe.ts', 'electron/web/probe.ts'])(
    '%s may not import electron',
    async (file) => {
      await expectRefused(file, "import { shell } from 'electron';\nexport const x = shell;\n", SERVICES);
      await expectAllowed(file, "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n");
    },
  );
});

describe('tests', () => {
  it('accept the slate-hyperscript jsx pragma import', () =>
    expectAllowed(
      'tests/unit/renderer/probe.test.tsx',
      "/** @jsx jsx */\nimport { jsx } from 'slate-hyperscript';\nexport const x = 1;\n",
    ));
});
