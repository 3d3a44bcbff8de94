import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

const TS = ['**/*.{ts,tsx,mts,cts}'];
const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.split('/')[0]))];

/** Merges pieces of `no-restricted-imports` options into one rule setting (a later block replaces, never merges). */
function restrictImports(...parts) {
  return [
    'error',
    {
      paths: parts.flatMap((part) => part.paths ?? []),
      patterns: parts.flatMap((part) => part.patterns ?? []),
    },
  ];
}

const onlyIpcMainInIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain'],
      message:
        'ipcMain is used only in electron/ipc/: add the channel to shared/ipc/contract.ts and its handler to electron/api/handlers.ts; registerIpc serves it with the sender check and schema parse.',
    },
  ],
};

const onlyIpcRendererInPreload = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcRenderer'],
      message:
        'ipcRenderer is used only in electron/preload/: the page reaches main through the typed bridge (window.copydesk, see renderer/ipc), never through raw IPC.',
    },
  ],
};

function noElectron(why) {
  return {
    paths: [{ name: 'electron', message: why }],
    patterns: [{ regex: '^electron/', message: why }],
  };
}

function noNode(why) {
  return {
    patterns: [
      { regex: '^node:', message: why },
      { regex: `^(${NODE_BUILTINS.join('|')})(/.*)?$`, message: why },
    ],
  };
}

function noFolders(folders, why) {
  return { patterns: [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why }] };
}

const SHARED_WHY =
  'shared/ is runtime-neutral: it runs in main, the renderer, the CLI and tests alike. Keep Electron, Node, React, Slate and DOM code in electron/ or renderer/ and pass plain data into shared/.';
const RENDERER_WHY =
  'renderer/ runs in a sandboxed page with no Node and no Electron. Ask main through the typed client in renderer/ipc (the preload bridge), and share pure code through shared/.';
const SERVICES_WHY =
  'electron/services, api, cli and web run without Electron (vitest, the CLI, the web transport). Put Electron calls in electron/main and hand them in behind an interface (like TrashBin).';

const sharedImports = restrictImports(
  noElectron(SHARED_WHY),
  noNode(SHARED_WHY),
  noFolders(['electron', 'renderer'], SHARED_WHY),
  {
    patterns: [
      { regex: '^react(-dom)?(/|$)', message: SHARED_WHY },
      { regex: '^slate(-[a-z]+)?(/|$)', message: SHARED_WHY },
    ],
  },
);

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'DOMParser',
  'HTMLElement',
  'XMLHttpRequest',
];

export default defineConfig(
  globalIgnores(['out/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'dist/', '.vite/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Validators match control characters on purpose (ids, URLs, imported text).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // Layering. Later blocks replace earlier settings of the same rule, so each folder states its whole list.
  {
    files: TS,
    ignores: ['electron/ipc/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports(onlyIpcMainInIpc, onlyIpcRendererInPreload),
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcMain', message: onlyIpcMainInIpc.paths[0].message },
        { object: 'electron', property: 'ipcRenderer', message: onlyIpcRendererInPreload.paths[0].message },
      ],
    },
  },
  {
    files: ['electron/ipc/**'],
    rules: {
      'no-restricted-imports': restrictImports(onlyIpcRendererInPreload),
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcRenderer', message: onlyIpcRendererInPreload.paths[0].message },
      ],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': restrictImports(onlyIpcMainInIpc),
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcMain', message: onlyIpcMainInIpc.paths[0].message },
      ],
    },
  },
  {
    files: ['electron/services/**', 'electron/api/**', 'electron/cli/**', 'electron/web/**'],
    rules: {
      'no-restricted-imports': restrictImports(noElectron(SERVICES_WHY)),
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrictImports(
        noElectron(RENDERER_WHY),
        noNode(RENDERER_WHY),
        noFolders(['electron'], RENDERER_WHY),
      ),
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': sharedImports,
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: SHARED_WHY }))],
    },
  },

  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: ['tests/**'],
    rules: {
      // The slate-hyperscript pragma (`/** @jsx jsx */`) uses the `jsx` import without naming it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|jsx$)' }],
      // expect(mock.method) passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Tests inspect JSON.parse output and fakes field by field; a wrong shape fails the assertion anyway.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
