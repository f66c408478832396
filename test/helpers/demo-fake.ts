// The demo workbook loaded into the Sheets fake, through the .xlsx adapter (dates as instants).
import { join } from 'node:path';
import { openXlsx } from '../../src/xlsx/adapter';
import { FakeWorkbook } from '../fake/spreadsheet';

export const DEMO_FILE = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

export async function demoFake(locale = 'zh_CN'): Promise<FakeWorkbook> {
  const port = await openXlsx(DEMO_FILE, 'Asia/Shanghai', locale);
  const wb = new FakeWorkbook('Asia/Shanghai', locale, locale.replace('_', '-'));
  for (const name of port.listSheets()) wb.addSheet(name, port.readGrid(name).values);
  return wb;
}
