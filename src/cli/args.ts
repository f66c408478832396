// Parsing the kefu-sheets command line (docs/cli.md).

import { CLI_COMMANDS, type CliCommand } from '../app/registry';
import { parseRobotKind, type RobotKind, webhookProblem } from '../domain/alerts/robots';
import { parseIsoWeek } from '../domain/calendar/isoweek';
import { isMonthKey } from '../domain/calendar/parse';
import { isValidTimeZone } from '../domain/calendar/time';
import { KefuError } from '../domain/i18n/errors';
import { type Lang, langFromLocale } from '../domain/i18n/messages';
import { webhookPlace } from '../domain/phone/redact';

/** The commands (declared in src/app/registry.ts). */
export const COMMANDS = CLI_COMMANDS;
export type Command = CliCommand;

export interface CliOptions {
  readonly command: Command | 'help' | 'version';
  readonly file: string | null;
  readonly json: boolean;
  readonly out: string | null;
  readonly tz: string | null;
  readonly lang: Lang;
  readonly now: string | null;
  readonly month: string | null;
  /** weekly: the ISO week (default: the last full week before now). */
  readonly week: string | null;
  /** complaints and weekly: post to the group robot. */
  readonly notify: boolean;
  readonly webhook: string | null;
  readonly webhookKind: RobotKind | null;
  readonly webhookSecret: string | null;
  /** A team mapping file (.csv or .xlsx with the columns of 列名对照), applied as if in the workbook. */
  readonly map: string | null;
}

const VALUE_OPTIONS = new Set([
  '--out',
  '--tz',
  '--lang',
  '--now',
  '--month',
  '--week',
  '--webhook',
  '--webhook-kind',
  '--webhook-secret',
  '--map',
]);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--version', '-v', '--notify']);

/**
 * A --lang value: zh (Simplified), zh-TW (Taiwan), zh-HK (Hong Kong; zh-MO the same), en; case and
 * _ or - as written (zh_tw, zh-Hant also read). Null when it is none of them.
 */
export function cliLang(value: string): Lang | null {
  const tag = value.trim().replace(/_/g, '-').toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-hans') return 'zh';
  return tag.startsWith('zh-') ? langFromLocale(tag) : null;
}

/** The --lang value, read before anything else so errors can be worded in it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    const lang = value === undefined ? undefined : cliLang(value);
    if (lang) return lang;
  }
  return 'zh';
}

/** Parses argv (without node and the script). Throws KefuError with a `cli.*` code on bad input. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--') && arg.includes('=')) {
      const [name = '', ...rest] = arg.split('=');
      if (!VALUE_OPTIONS.has(name)) throw new KefuError('cli.unknown_option', { option: name });
      values.set(name, rest.join('='));
    } else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new KefuError('cli.missing_value', { option: arg });
      }
      values.set(arg, value);
      i++;
    } else if (FLAG_OPTIONS.has(arg)) {
      flags.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new KefuError('cli.unknown_option', { option: arg });
    } else {
      positional.push(arg);
    }
  }
  const written = values.get('--lang') ?? 'zh';
  const lang = cliLang(written);
  if (!lang) throw new KefuError('cli.bad_lang', { value: written });
  const base = {
    json: flags.has('--json'),
    out: values.get('--out') ?? null,
    tz: values.get('--tz') ?? null,
    lang,
    now: values.get('--now') ?? null,
    month: values.get('--month') ?? null,
    week: values.get('--week') ?? null,
    notify: flags.has('--notify'),
    webhook: values.get('--webhook') ?? null,
    webhookKind: null as RobotKind | null,
    webhookSecret: values.get('--webhook-secret') ?? null,
    map: values.get('--map') ?? null,
  };
  if (flags.has('--help') || flags.has('-h')) return { ...base, command: 'help', file: null };
  if (flags.has('--version') || flags.has('-v')) return { ...base, command: 'version', file: null };
  const [command, ...rest] = positional;
  if (command === undefined) throw new KefuError('cli.usage');
  if (command === 'help') return { ...base, command: 'help', file: null };
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new KefuError('cli.unknown_command', { command });
  if (base.tz !== null && !isValidTimeZone(base.tz)) throw new KefuError('cli.bad_tz', { value: base.tz });
  if (base.month !== null && !isMonthKey(base.month))
    throw new KefuError('cli.bad_month', { value: base.month });
  let file: string | null = null;
  if (command === 'demo') {
    if (rest.length > 0) throw new KefuError('cli.extra_argument', { value: rest[0] ?? '' });
  } else {
    file = rest[0] ?? null;
    if (file === null) throw new KefuError('cli.missing_file');
    if (rest.length > 1) throw new KefuError('cli.extra_argument', { value: rest[1] ?? '' });
  }
  if (command === 'scores' && base.month === null) throw new KefuError('cli.month_required');
  if (base.week !== null) {
    const week = parseIsoWeek(base.week);
    if (!week) throw new KefuError('weekly.bad_week', { value: base.week });
    base.week = week;
  }
  const robotOptions = ['--webhook', '--webhook-kind', '--webhook-secret'].filter((o) => values.has(o));
  if ((base.notify || robotOptions.length > 0) && command !== 'complaints' && command !== 'weekly') {
    throw new KefuError('cli.notify_not_here', { command });
  }
  if (robotOptions.length > 0 && !base.notify)
    throw new KefuError('cli.notify_missing', { option: robotOptions[0] ?? '' });
  const kind = values.get('--webhook-kind');
  if (kind !== undefined) {
    base.webhookKind = parseRobotKind(kind);
    if (!base.webhookKind) throw new KefuError('cli.bad_webhook_kind', { value: kind });
  }
  if (base.webhook !== null) {
    const problem = webhookProblem(base.webhook);
    if (problem) throw new KefuError(`cli.webhook_${problem}`, { value: webhookPlace(base.webhook) });
  }
  return { ...base, command: command as Command, file };
}
