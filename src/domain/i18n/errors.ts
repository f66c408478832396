// Errors that carry a machine code; only the edges word them for people (see messages.ts).

import { isMessageKey, type MessageKey } from './messages';

/**
 * Every code a KefuError carries. A code is worded by the catalogue entry of the same key (the
 * command line's `cli.*`, the robot's `robot.*`, a week typed wrong) or else by `error.<code>`;
 * errorMessageKey does not compile while a code has neither.
 */
export const ERROR_CODES = [
  // Any operation, in the add-on and on the command line.
  'internal',
  'busy',
  'no_such_sheet',
  'sheet_too_large',
  'sheet_limit',
  'bad_kind',
  'bad_param',
  'bad_rule',
  'calendar_no_working_days',
  'no_sheet',
  'no_sheet_csv',
  'no_sheet_of_kind',
  'weekly.bad_week',
  // The group robot's settings in the add-on.
  'robot.webhook_not_url',
  'robot.webhook_not_https',
  'robot.webhook_unknown',
  'robot.move_failed',
  // The command line: its arguments.
  'cli.usage',
  'cli.unknown_command',
  'cli.unknown_option',
  'cli.missing_value',
  'cli.missing_file',
  'cli.extra_argument',
  'cli.bad_month',
  'cli.month_required',
  'cli.bad_now',
  'cli.bad_tz',
  'cli.bad_lang',
  'cli.notify_not_here',
  'cli.notify_missing',
  'cli.bad_webhook_kind',
  'cli.no_webhook',
  'cli.webhook_not_url',
  'cli.webhook_not_https',
  'cli.webhook_kind_unknown',
  // The command line: the files it reads and writes.
  'cli.file_not_found',
  'cli.unreadable_file',
  'cli.is_directory',
  'cli.file_too_large',
  'cli.unpacked_too_large',
  'cli.sheet_too_large',
  'cli.too_many_cells',
  'cli.too_large_for_copy',
  'cli.unsupported_xls',
  'cli.unsupported_et',
  'cli.unsupported_numbers',
  'cli.unsupported_ods',
  'cli.unsupported_xlsb',
  'cli.unsupported_other',
  'cli.corrupt_xlsx',
  'cli.bad_csv',
  'cli.map_not_found',
  'cli.map_unsupported',
  'cli.map_unreadable',
  'cli.map_no_columns',
  'cli.out_not_xlsx',
  'cli.same_file',
  'cli.out_is_directory',
  'cli.unwritable_file',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue entry that words an error code for people: the code's own entry, else `error.<code>`. */
export function errorMessageKey(code: ErrorCode): MessageKey {
  return isMessageKey(code) ? code : `error.${code}`;
}

/** An error with a code from the message catalogue and the values its message needs. */
export class KefuError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'KefuError';
    this.code = code;
    this.params = params;
  }
}

/** True when a value is a KefuError (also across bundles, where instanceof can fail). */
export function isKefuError(error: unknown): error is KefuError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'KefuError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
