import type { Command } from '../command';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { exportAllCommand } from './export-all';
import { historyCommand, snapshotCommand } from './history';
import { importCommand } from './import';
import { listCommand } from './list';
import { newCommand } from './new';
import { quotesCommand } from './quotes';
import { showCommand } from './show';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, listCommand, importCommand, showCommand, checkCommand, quotesCommand, historyCommand, snapshotCommand, diffCommand, exportCommand, exportAllCommand];
