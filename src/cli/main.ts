// The kefu-sheets command line (docs/cli.md): the add-on's operations on an .xlsx or CSV file. It
// parses the arguments, runs the command the registry names (src/cli/commands/), and turns any
// failure into one line on stderr (JSON with --json) and an exit status.

import { isKefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';
import { VERSION } from '../domain/version';
import { type CliOptions, langOf, parseArgs } from './args';
import { RUNNERS } from './commands';
import { failureOf } from './failures';
import type { Io } from './io';
import { jsonText } from './present';

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: Boolean(process.stderr.isTTY),
};

function usage(lang: Lang): string {
  return `${message(lang, 'cli.usage')}\n\n${message(lang, 'cli.help')}\n`;
}

/** Runs a command; resolves to its exit status. */
async function run(options: CliOptions, io: Io): Promise<number> {
  if (options.command === 'help') {
    io.out(usage(options.lang));
    return 0;
  }
  if (options.command === 'version') {
    io.out(`kefu-sheets ${VERSION}\n`);
    return 0;
  }
  return RUNNERS[options.command](options, io);
}

/**
 * Runs the CLI; resolves to the exit status (0 done, 1 validation errors, 2 could not run). A run
 * that could not be done says why on stderr in one line (and, with --json, as JSON on stdout).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (isKefuError(error) && error.code === 'cli.usage' && !json) {
      // No command at all: the usage is the answer.
      io.err(usage(lang));
      return 2;
    }
    const failure = failureOf(error, lang);
    const hint = failure.code === 'bad_arguments' ? ` ${message(lang, 'cli.help_hint')}` : '';
    // The library's own words only where nothing better can be said (an internal error).
    const detail = failure.code === 'internal' && failure.detail ? ` (${failure.detail})` : '';
    io.err(`kefu-sheets: ${failure.message.replace(/\n/g, ' ')}${detail}${hint}\n`);
    if (json) io.out(jsonText({ error: failure }));
    return 2;
  }
}

/** True for the errors of writing to a pipe whose reader has gone (`kefu-sheets … | head -1`). */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * The command as bin/kefu-sheets.js runs it, in this process. Writing into a pipe that was closed
 * (`kefu-sheets validate file.xlsx | head -1`) ends quietly with the run's own status: the reader
 * chose to stop reading, and the status still says what the run found (docs/cli.md, "Exit
 * status"). Anything that escapes the run (an error thrown outside it) is still one line on
 * stderr, JSON on stdout with --json, exit status 2: never a stack.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  const fatal = (error: unknown) => {
    if (isClosedPipe(error)) return;
    const failure = failureOf(error, lang);
    const detail = failure.detail ? ` (${failure.detail})` : '';
    try {
      process.stderr.write(`kefu-sheets: ${failure.message.replace(/\n/g, ' ')}${detail}\n`);
      if (json) process.stdout.write(jsonText({ error: failure }));
    } catch {
      // Nowhere left to say it: the status says it.
    }
    process.exit(2);
  };
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (!isClosedPipe(error)) fatal(error);
    });
  }
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  process.exitCode = await main(argv);
}
