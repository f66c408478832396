// The command behind each command of the registry (src/app/registry.ts), one file each: a record the
// compiler checks covers every command the registry declares.

import type { CliCommand } from '../../app/registry';
import type { CliOptions } from '../args';
import type { Io } from '../io';
import { callbacksCommand } from './callbacks';
import { complaintsCommand } from './complaints';
import { demoCommand } from './demo';
import { inspectCommand } from './inspect';
import { scoresCommand } from './scores';
import { validateCommand } from './validate';
import { weeklyCommand } from './weekly';

/** Runs a command; resolves to its exit status. */
export type Runner = (options: CliOptions, io: Io) => Promise<number>;

export const RUNNERS: Readonly<Record<CliCommand, Runner>> = {
  demo: demoCommand,
  inspect: inspectCommand,
  validate: validateCommand,
  scores: scoresCommand,
  complaints: complaintsCommand,
  callbacks: callbacksCommand,
  weekly: weeklyCommand,
};
