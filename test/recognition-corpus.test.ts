// The recognition corpus as a floor that can only rise (npm run bench:recognition prints the
// same figures): real layouts from public sources in examples/real/corpus/ (tuned on) and
// examples/real/held-out*/ (each measured once before its misses were read, studied since). No sheet
// may be taken for a wrong kind, nor a sheet that is not ours for one of ours; no folder may get
// worse than it is. Raise a floor when the figure rises.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIRS, loadCorpus, readmeLabel, readmeRow, scoreCorpus } from '../scripts/corpus';
import { sheetSpec } from '../src/domain/sheets/schema';

/** Per folder: at least these sheets, right kinds and right fields; at most these wrong and taken. */
const FLOORS = {
  tuned: { sheets: 63, right: 51, fields: 330, wrong: 0, taken: 0 },
  heldOut: { sheets: 29, right: 26, fields: 173, wrong: 0, taken: 0 },
  heldOutLate: { sheets: 16, right: 15, fields: 98, wrong: 0, taken: 0 },
  // 12 and 65 for one commit, by a thin staff list whose every column had to say who people are: a
  // Snipe-IT users export's Job Title For User reads as a customer's word, so it is unread again.
  heldOutFinal: { sheets: 13, right: 11, fields: 64, wrong: 0, taken: 0 },
  heldOut4: { sheets: 17, right: 11, fields: 49, wrong: 0, taken: 0 },
  // 13 and 72 for one commit, by a rule (a case report grading its cases is a complaint log) that made a
  // sheet of held-out-12 a wrong kind on its first measure: withdrawn, and the floor with it.
  heldOut5: { sheets: 16, right: 12, fields: 66, wrong: 0, taken: 0 },
  heldOut6: { sheets: 11, right: 9, fields: 59, wrong: 0, taken: 0 },
  heldOut7: { sheets: 13, right: 11, fields: 55, wrong: 0, taken: 0 },
  heldOut8: { sheets: 25, right: 21, fields: 121, wrong: 0, taken: 0 },
  // An estate's list of matters, read as complaints for one commit by a case-log rule that also took an
  // IT team's work orders (held-out-13), is left unsaid again now that the rule needs a customer.
  // 21 and 107 for one commit (ca824da), by a tie-break a review showed took complaint logs with one
  // follow-up or refund column for callbacks or after-sales: a new-build defects export is unread again.
  heldOut9: { sheets: 25, right: 20, fields: 101, wrong: 0, taken: 0 },
  heldOut10: { sheets: 25, right: 19, fields: 110, wrong: 0, taken: 0 },
  // 智能门锁售后, a bug tracker's issues on a sheet its team named for after-sales, is labelled a
  // complaint log and read as an after-sales log: kept as measured rather than relabelled.
  heldOut11: { sheets: 23, right: 19, fields: 97, wrong: 1, taken: 0 },
  // 回访客户问题记录本, a dealer's log of problems raised on callbacks, is labelled a complaint log and
  // read by its title as a callback log: kept as measured.
  // 115 fields for one commit, when an after-sales log's own number came before the order's (Amazon's
  // returns report gives its RMA ID, where the collector wrote the Order ID); 116 again with times
  // written with their zone after a space (2026-02-21 09:02:44 UTC).
  heldOut12: { sheets: 37, right: 22, fields: 117, wrong: 1, taken: 0 },
  // A gas utility's customer work orders (a meter number, an urgency, repairs in its cells) are labelled
  // an after-sales log and read as a complaint log: kept as measured.
  heldOut13: { sheets: 28, right: 13, fields: 70, wrong: 1, taken: 0 },
  // First measured at the start of 2026-12-07's second session: 17/20, 1 wrong (a returns survey read as
  // an after-sales log), 1 stranger taken (a shift rota named roster), 81/106 fields.
  heldOut14: { sheets: 29, right: 20, fields: 90, wrong: 0, taken: 0 },
  // First measured with the code of 2026-12-07's second session after held-out-14's rules: 12/16, none
  // wrong, none taken, 54/77 fields (the code of that session's start: 11/16, 52/77).
  heldOut15: { sheets: 24, right: 15, fields: 66, wrong: 0, taken: 0 },
  // First measured after held-out-15's rules: 8/9, none wrong, 1 stranger taken (a call centre's call
  // records), 47/60 fields; the code of that session's start got the same.
  heldOut16: { sheets: 13, right: 9, fields: 54, wrong: 0, taken: 0 },
  // First measured with the code of 2026-12-07's third session as it stood when the folder arrived
  // (and with that session's start, 0241976, alike): 7/9, none wrong, none taken, 42/55 fields.
  heldOut17: { sheets: 18, right: 9, fields: 50, wrong: 0, taken: 0 },
  // First measured with the code of 2026-12-07's third session as it stood when its collection began
  // (655fe3b): 2/5, none wrong, 2 strangers taken (a dialler's reminder calls, a shop's order list),
  // 13/23 fields (12/23 before the scorer found headers on a second header row).
  heldOut18: { sheets: 9, right: 4, fields: 18, wrong: 0, taken: 0 },
  // First measured with the code of 2026-12-07's third session as it stood when its collection began
  // (515b2de), and at that session's start alike: 7/12, none wrong, 1 stranger taken (returns to a
  // supplier), 31/53 fields.
  heldOut19: { sheets: 23, right: 9, fields: 36, wrong: 0, taken: 0 },
  // First measured with the code of 2026-12-07's third session when its collection began (a3a3570),
  // and at that session's start alike: 6/7, none wrong, 1 stranger taken (an order list with return
  // flags, named for returns), 27/37 fields. Kept as measured.
  heldOut20: { sheets: 14, right: 6, fields: 27, wrong: 0, taken: 1 },
  // First measured with the code of 2026-12-07's third session when its collection began (a0cbd6a),
  // and at that session's start alike: 7/11, 1 wrong (a survey tool's response export read as a
  // complaint log), none taken, 23/41 fields. Kept as measured.
  // Medallia's export, whose comments hold true or false, is no longer read as complaints: a column of
  // yeses and noes is never what anyone said.
  heldOut21: { sheets: 20, right: 8, fields: 26, wrong: 0, taken: 0 },
  // held-out-22, first measured at be30558: 6/11, 1 wrong (a reefer repair sheet whose form asks
  // "What's the complaint?" read as complaints), 3 of 14 strangers taken, 29/57 fields. Now 8/11:
  // the wrong kind and an installation task list taken are kept as measured. 8/11, 39 and 1 taken for
  // two commits, by a tab named 反馈 naming a complaint log (it took surveys named 客户反馈 too) and a
  // tracking number read as the record's own (two complaints about one parcel share it): both
  // withdrawn after a review, and the floor with them.
  heldOut22: { sheets: 25, right: 7, fields: 33, wrong: 1, taken: 2 },
  // held-out-23, first measured at 523fd0c: 7/9, 1 wrong (a 投诉建议 export read as callbacks), none
  // taken, 35/48 fields; be30558 alike.
  // 40 fields for one commit, with TRADE as the post (withdrawn: a customer list's Trade or Occupation is none).
  heldOut23: { sheets: 16, right: 8, fields: 40, wrong: 0, taken: 0 },
  // held-out-24, first measured at 3b60904 (5776f5a and be30558 alike): 14/19, 2 wrong (a service-ticket
  // export of home-appliance repairs and an employee feedback table, both read as complaints), 1 of 8
  // taken (fines on residents, read as a ledger), 71/95 fields. The stranger is kept as measured.
  // No wrong kind for one commit, by 上门 and 派工 read as a repair's (withdrawn after a review: a
  // complaint log with 派工单号 and 上门时间 went to registration); the service tickets are wrong again.
  heldOut24: { sheets: 27, right: 16, fields: 78, wrong: 1, taken: 1 },
  // held-out-25, first measured at 034e18d and be30558 alike: 6/8, none wrong, none taken, 29/44 fields.
  heldOut25: { sheets: 15, right: 6, fields: 33, wrong: 0, taken: 0 },
  // held-out-26, first measured at ce9f205 and be30558 alike: 7/10, none wrong, 2 of 10 taken (a
  // city's facility defect cases and an archive's access requests, both read as complaints), 38/63.
  heldOut26: { sheets: 20, right: 7, fields: 40, wrong: 0, taken: 2 },
  // held-out-27, first measured at b4337d7: 14/18, none wrong, 1 of 8 taken (a battery maker's warranty
  // registrations, read as an after-sales log), 76/105 fields.
  heldOut27: { sheets: 26, right: 16, fields: 90, wrong: 0, taken: 1 },
  // held-out-28, first measured at 024179a and 12758d2 alike: 8/16, none wrong, 1 of 8 taken (an AI
  // telemarketing campaign's call results, read as callbacks), 27/63 fields.
  heldOut28: { sheets: 24, right: 11, fields: 36, wrong: 0, taken: 1 },
  // held-out-29, first measured at f8eb1b0, and alike at a5c7dad and 024179a (this session's rules
  // moved none of it): 10/16, 1 wrong (a client's rework form, read as an after-sales log), 4 of 9
  // taken (a residents' cleaning survey, an ERP's order export, an IT asset intake form, a training
  // feedback form), 46/76 fields.
  heldOut29: { sheets: 25, right: 11, fields: 51, wrong: 1, taken: 2 },
  // held-out-30, first measured at d8b2708 and 807fd46, and alike at 024179a (none of this session's
  // rules moved it): 10/14, none wrong, 1 of 8 taken (an office's bill of materials, read as an
  // after-sales log), 46/69 fields.
  // 11 and 48 for one commit, by a thin staff list read on a department alone: withdrawn after a
  // review (one client's contacts, a hospital's doctors were taken), and pig's staff export with it.
  heldOut30: { sheets: 22, right: 10, fields: 46, wrong: 0, taken: 0 },
  // held-out-31, first measured at 184b26f and 024179a alike: 12/12, none wrong, 2 of 9 taken (a
  // software team's defect list, read as complaints; a sales team's phone log, read as callbacks), 53/61.
  heldOut31: { sheets: 21, right: 12, fields: 57, wrong: 0, taken: 0 },
  // held-out-32, first measured at 092e246 and 184b26f alike: 11/14, none wrong, 2 of 9 taken (a test
  // platform's bug list, read as complaints; a telemarketing list named 回访3, read as callbacks), 42/65.
  // 45 for one commit, by S/N read as a serial: withdrawn after a review (S/N numbers the rows across
  // Singapore, Malaysia and India), and the vehicle terminal's S/N with it.
  heldOut32: { sheets: 23, right: 11, fields: 44, wrong: 0, taken: 0 },
  // held-out-33, first measured at 999ac04 and 184b26f alike: 5/8, 1 wrong (a Dyson after-sales survey,
  // read as an after-sales log), 2 of 8 taken (a collector's call results, a training register), 30/46.
  // 1 taken for two commits, by 拨打 read as a callback's word only when planned: withdrawn after a
  // review (callback logs named by 拨打时间 and 拨打结果 went to wrong kinds); the collector's calls with it.
  heldOut33: { sheets: 16, right: 5, fields: 31, wrong: 0, taken: 2 },
  // held-out-34, first measured at f79a8c1 and 184b26f alike: 6/7, none wrong, 2 of 5 taken (a visitor
  // log, read as complaints; a B2B telemarketing list, read as callbacks), 26/37 fields.
  heldOut34: { sheets: 12, right: 7, fields: 33, wrong: 0, taken: 2 },
  heldOut35: { sheets: 18, right: 8, fields: 41, wrong: 2, taken: 1 },
  heldOut36: { sheets: 8, right: 2, fields: 13, wrong: 0, taken: 1 },
  heldOut37: { sheets: 17, right: 8, fields: 42, wrong: 0, taken: 2 },
  heldOut38: { sheets: 17, right: 10, fields: 60, wrong: 1, taken: 0 },
  heldOut39: { sheets: 17, right: 9, fields: 45, wrong: 0, taken: 0 },
  heldOut40: { sheets: 19, right: 11, fields: 58, wrong: 0, taken: 1 },
  heldOut41: { sheets: 20, right: 12, fields: 41, wrong: 1, taken: 4 },
  heldOut42: { sheets: 17, right: 9, fields: 55, wrong: 0, taken: 1 },
  heldOut43: { sheets: 15, right: 7, fields: 32, wrong: 1, taken: 2 },
  heldOut44: { sheets: 15, right: 9, fields: 51, wrong: 0, taken: 3 },
  heldOut45: { sheets: 16, right: 10, fields: 40, wrong: 0, taken: 2 },
  heldOut46: { sheets: 12, right: 3, fields: 16, wrong: 0, taken: 2 },
  heldOut47: { sheets: 19, right: 9, fields: 37, wrong: 1, taken: 1 },
} as const;

describe('recognition over the corpus of real layouts', () => {
  for (const [key, folder] of Object.entries(CORPUS_DIRS) as [keyof typeof CORPUS_DIRS, string][]) {
    const floor = FLOORS[key];
    it(`${folder}: no wrong kind or stranger taken beyond its record, no fewer right than before`, () => {
      const sheets = loadCorpus(process.cwd(), folder);
      expect(sheets.length).toBeGreaterThanOrEqual(floor.sheets);
      const score = scoreCorpus(sheets);
      expect(score.sheets.filter((s) => s.verdict === 'wrong').length).toBeLessThanOrEqual(floor.wrong);
      expect(score.sheets.filter((s) => s.verdict === 'taken').length).toBeLessThanOrEqual(floor.taken);
      expect(score.right).toBeGreaterThanOrEqual(floor.right);
      expect(score.fieldsRight).toBeGreaterThanOrEqual(floor.fields);
    });
  }

  it('the README quotes exactly what npm run bench:recognition measures today', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const [key, folder] of Object.entries(CORPUS_DIRS) as [keyof typeof CORPUS_DIRS, string][]) {
      const score = scoreCorpus(loadCorpus(process.cwd(), folder));
      for (const lang of ['zh', 'en'] as const)
        expect(readme).toContain(readmeRow(readmeLabel(key, lang), score, lang));
    }
  });

  it('every corpus sheet names its source and says which header holds each field it expects', () => {
    for (const folder of Object.values(CORPUS_DIRS)) {
      for (const sheet of loadCorpus(process.cwd(), folder)) {
        expect(sheet.source.length, sheet.id).toBeGreaterThan(10);
        const headers = new Set(
          sheet.rows
            .slice(0, 30)
            .flat()
            .map((c) => String(c).trim()),
        );
        for (const header of Object.values(sheet.expected.fields))
          expect(headers, sheet.id).toContain(header.trim());
        // Only fields the kind has: a field it lacks (an after-sales 备注) could never be read.
        const kind = sheet.expected.kind;
        const fields = kind ? sheetSpec(kind).fields.map((f) => f.key) : [];
        for (const field of Object.keys(sheet.expected.fields)) expect(fields, sheet.id).toContain(field);
      }
    }
  });
});
