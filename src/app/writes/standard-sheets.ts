// The standard sheets as set-up creates them: their names in the user's script, their headers,
// widths and formats, 规则设置 with its defaults as the region has them, 奖惩规则 with the default
// rules, 列名对照 with its note. Set-up creates the missing ones; the sidebar creates 列名对照.

import { chineseIn, inScript, type Lang, localized, message } from '../../domain/i18n/messages';
import { regionalDefault } from '../../domain/params/readers';
import { type Region, regionName } from '../../domain/params/region';
import { PARAMETERS, type ParamSpec, WORDED_TYPES } from '../../domain/params/table';
import { DEFAULT_RULES } from '../../domain/scores/rules';
import { numberFormatOf } from '../../domain/sheets/columns';
import type { FieldSpec, SheetSpec } from '../../domain/sheets/schema';
import type { NewSheetLayout, WriteValue } from '../port';

function numberFormat(field: FieldSpec): string | undefined {
  if (field.type === 'date' || field.type === 'datetime') return numberFormatOf(field.type) ?? undefined;
  // Phones as plain text, so 021… keeps its leading zero.
  if (field.type === 'phone') return '@';
  return undefined;
}

/**
 * A parameter's default as set-up writes it: numbers as numbers; 地区 as offered for the
 * spreadsheet, and 时区 and 工作时间 as that region has them.
 */
export function parameterValue(p: ParamSpec, region: Region, lang: Lang): WriteValue {
  if (p.type === 'region') return chineseIn(lang, regionName(region));
  const value = regionalDefault(p, region);
  if (p.type === 'number' && value !== '') return Number(value);
  // Words in the user's script (累進, 工作時; 質量問題 in a list): 规则设置 reads either.
  if (p.type === 'list') return inScript(lang, value.split('、')).join('、');
  return WORDED_TYPES.has(p.type) ? chineseIn(lang, value) : value;
}

/**
 * The layout of a standard sheet as set-up creates it, defaults included (规则设置 with 地区 as
 * offered for the spreadsheet, see suggestRegion).
 */
export function standardLayout(spec: SheetSpec, lang: Lang, region: Region = 'CN'): NewSheetLayout {
  // Names in the user's script (投訴登記, 客戶電話): recognition reads either.
  const header = spec.fields.map((f) => chineseIn(lang, f.key));
  let rows: WriteValue[][] = [header];
  let frozenRows = 1;
  if (spec.kind === 'mapping') {
    // A short note above the header; the rows are the team's to add (or the sidebar's 表格识别 tab).
    rows = [[message(lang, 'mapping.note'), null, null, null], header];
    frozenRows = 2;
  } else if (spec.kind === 'params') {
    rows = [
      header,
      ...(PARAMETERS as readonly ParamSpec[]).map((p) => [
        chineseIn(lang, p.name),
        parameterValue(p, region, lang),
        localized(lang, p),
      ]),
    ];
  } else if (spec.kind === 'rules') {
    rows = [
      header,
      ...DEFAULT_RULES.map((r) => [
        r.code,
        // In the script of the 岗位 dropdown set-up gives this column (全員, 售後客服).
        chineseIn(lang, r.role),
        r.item,
        r.points,
        r.yuan,
        r.cancelsAttendance ? '是' : null,
        r.freePerMonth > 0 ? r.freePerMonth : null,
      ]),
    ];
  }
  return {
    rows,
    frozenRows,
    boldHeader: true,
    widths: spec.fields.map((f) => f.width ?? 100),
    numberFormats: spec.fields.map(numberFormat),
  };
}

/** A standard sheet's name as set-up creates it, in the user's script (投訴登記 in Traditional). */
export function standardSheetName(spec: SheetSpec, lang: Lang): string {
  return chineseIn(lang, spec.name);
}
