// The add-on's marks on the team's cells for the issues found there: a signed note and a soft
// colour per cell, its old marks removed elsewhere, the team's own notes and colours never touched.
// Validate all marks whole sheets, onEdit the edited rows.

import type { Lang } from '../../domain/i18n/messages';
import type { Region } from '../../domain/params/region';
import type { Issue } from '../../domain/validate/rules';
import type { Block, BlockMarks, WorkbookPort } from '../port';
import { CELL_CHARACTERS, fitText, renderIssue } from '../present/render';
import { isOwnMark, MARK_COLORS, NO_FILL, ownNote } from './marks';

/**
 * The marks a block should carry: the add-on's notes (signed) and soft colours on the cells with
 * issues, its old marks removed elsewhere. A note or colour the team set is never touched, and
 * neither is a note of the add-on's that someone edited (it is theirs from then on): such a cell
 * is left unmarked (the report still lists its issue).
 */
function mergeMarks(
  current: BlockMarks,
  block: Block,
  issues: readonly Issue[],
  lang: Lang,
  region: Region,
): BlockMarks & { changed: boolean } {
  const byCell = new Map<number, Issue[]>();
  const width = block.numColumns;
  for (const issue of issues) {
    if (issue.column === null) continue;
    const r = issue.row - block.row;
    const c = issue.column - block.column;
    if (r < 0 || r >= block.numRows || c < 0 || c >= width) continue;
    const key = r * width + c;
    const list = byCell.get(key);
    if (list) list.push(issue);
    else byCell.set(key, [issue]);
  }
  let changed = false;
  const notes: string[][] = [];
  const backgrounds: string[][] = [];
  for (let r = 0; r < block.numRows; r++) {
    const noteLine = (current.notes[r] ?? []).slice(0, width);
    const bgLine = (current.backgrounds[r] ?? []).slice(0, width);
    while (noteLine.length < width) noteLine.push('');
    while (bgLine.length < width) bgLine.push(NO_FILL);
    for (let c = 0; c < width; c++) {
      const here = byCell.get(r * width + c);
      const oldNote = noteLine[c] ?? '';
      // Most cells carry no note and no issue: nothing to do.
      if (!here && oldNote === '') continue;
      const oldBg = (bgLine[c] ?? NO_FILL).toLowerCase();
      let note = oldNote;
      let bg = oldBg;
      if (isOwnMark(note, bg)) {
        note = '';
        if (bg === MARK_COLORS.error || bg === MARK_COLORS.warning) bg = NO_FILL;
      }
      if (here && note === '' && (bg === NO_FILL || bg === '')) {
        // Within what a cell holds, the prefix and signature included (cut before it is signed).
        const text = here.map((i) => renderIssue(i, lang, region)).join('\n');
        note = ownNote(fitText(text, lang, CELL_CHARACTERS - 100));
        bg = here.some((i) => i.severity === 'error') ? MARK_COLORS.error : MARK_COLORS.warning;
      }
      if (note !== oldNote || bg !== oldBg) {
        changed = true;
        noteLine[c] = note;
        bgLine[c] = bg;
      }
    }
    notes.push(noteLine);
    backgrounds.push(bgLine);
  }
  return { notes, backgrounds, changed };
}

/** Reads a block's marks once and writes them once, only when something changes. */
export function applyMarks(
  port: WorkbookPort,
  sheet: string,
  block: Block,
  issues: readonly Issue[],
  lang: Lang,
  region: Region,
  /** The block's marks when the caller has read them already. */
  read?: BlockMarks,
): boolean {
  if (block.numRows < 1 || block.numColumns < 1) return false;
  const current = read ?? port.readMarks(sheet, block);
  const next = mergeMarks(current, block, issues, lang, region);
  if (!next.changed) return false;
  port.writeMarks(sheet, block, { notes: next.notes, backgrounds: next.backgrounds });
  return true;
}
