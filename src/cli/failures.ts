// The failures of a run that could not be done, by code (docs/cli.md, "Exit status"): which code
// each refusal is, and how it is said.

import { describeError } from '../app/present/render';
import { isKefuError } from '../domain/i18n/errors';
import { type Lang, message } from '../domain/i18n/messages';

/** The codes of a run that could not be done (docs/cli.md, "Exit status"). */
export type FailureCode =
  | 'bad_arguments'
  | 'file_not_found'
  | 'unsupported_format'
  | 'unreadable_file'
  | 'no_recognised_sheets'
  | 'no_sheet_of_kind'
  | 'output_is_input'
  | 'output_unwritable'
  | 'bad_settings'
  | 'file_too_large'
  | 'sheet_too_large'
  | 'too_many_cells'
  | 'internal';

/** Which failure code each refusal is. */
const FAILURE_CODES: Readonly<Record<string, FailureCode>> = {
  'cli.usage': 'bad_arguments',
  'cli.unknown_command': 'bad_arguments',
  'cli.unknown_option': 'bad_arguments',
  'cli.missing_value': 'bad_arguments',
  'cli.missing_file': 'bad_arguments',
  'cli.extra_argument': 'bad_arguments',
  'cli.bad_month': 'bad_arguments',
  'cli.month_required': 'bad_arguments',
  'cli.bad_now': 'bad_arguments',
  'cli.bad_tz': 'bad_arguments',
  'cli.bad_lang': 'bad_arguments',
  'cli.out_not_xlsx': 'bad_arguments',
  'weekly.bad_week': 'bad_arguments',
  'cli.no_webhook': 'bad_arguments',
  'cli.webhook_not_https': 'bad_arguments',
  'cli.webhook_not_url': 'bad_arguments',
  'cli.webhook_kind_unknown': 'bad_arguments',
  'cli.bad_webhook_kind': 'bad_arguments',
  'cli.notify_not_here': 'bad_arguments',
  'cli.notify_missing': 'bad_arguments',
  'cli.file_not_found': 'file_not_found',
  'cli.map_not_found': 'file_not_found',
  'cli.map_unsupported': 'unsupported_format',
  'cli.map_unreadable': 'unreadable_file',
  'cli.map_no_columns': 'unreadable_file',
  'cli.unsupported_xls': 'unsupported_format',
  'cli.unsupported_et': 'unsupported_format',
  'cli.unsupported_numbers': 'unsupported_format',
  'cli.unsupported_ods': 'unsupported_format',
  'cli.unsupported_xlsb': 'unsupported_format',
  'cli.unsupported_other': 'unsupported_format',
  'cli.unreadable_file': 'unreadable_file',
  'cli.is_directory': 'unreadable_file',
  'cli.corrupt_xlsx': 'unreadable_file',
  'cli.bad_csv': 'unreadable_file',
  no_sheet: 'no_recognised_sheets',
  no_sheet_csv: 'no_recognised_sheets',
  no_sheet_of_kind: 'no_sheet_of_kind',
  'cli.same_file': 'output_is_input',
  'cli.out_is_directory': 'output_unwritable',
  'cli.unwritable_file': 'output_unwritable',
  bad_param: 'bad_settings',
  bad_rule: 'bad_settings',
  calendar_no_working_days: 'bad_settings',
  'cli.file_too_large': 'file_too_large',
  'cli.unpacked_too_large': 'file_too_large',
  'cli.sheet_too_large': 'sheet_too_large',
  sheet_too_large: 'sheet_too_large',
  'cli.too_many_cells': 'too_many_cells',
  'cli.too_large_for_copy': 'too_many_cells',
};

/** A failure as it is reported: its code, a message saying what to do, the library's text apart. */
export interface Failure {
  readonly code: FailureCode;
  readonly message: string;
  readonly detail?: string;
}

export function failureOf(error: unknown, lang: Lang): Failure {
  if (isKefuError(error)) {
    const code = FAILURE_CODES[error.code] ?? 'internal';
    const detail = error.message !== error.code ? error.message.split('\n')[0] : undefined;
    return { code, message: describeError(error, lang), ...(detail ? { detail } : {}) };
  }
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'internal', message: message(lang, 'error.internal'), ...(detail ? { detail } : {}) };
}
