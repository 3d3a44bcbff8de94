import type { Command } from '../command';
import { importCommand } from './import';
import { listCommand } from './list';
import { newCommand } from './new';
import { showCommand } from './show';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, listCommand, importCommand, showCommand];
