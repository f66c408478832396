// Reading a header the way a person does, whatever the team's spelling: Traditional or Simplified,
// full- or half-width, `snake_case`, `camelCase` or Title Case, a Google Form question ("您的联系电话是？",
// "Please enter your phone number") or a bare label. Two readings come out of it: a folded text to
// compare with listed names, and the concepts the header contains (./concepts.ts matches fields
// by them). Folding itself (Traditional, width, case, spaces) is normalizeHeader's, in ../text.ts.

import { toSimplified } from '../text';

/** The words of a header: camelCase and snake_case split, lower case (`requesterPhone` → requester phone). */
export function splitWords(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_\-./#]+/g, ' ')
      // Latin letters beside Han characters are words of their own (RMA編號, 8D编号, SN码).
      .replace(/([a-z0-9])([\u3400-\u9fff])/gi, '$1 $2')
      .replace(/([\u3400-\u9fff])([a-z])/gi, '$1 $2')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** How a form question opens and closes around what it asks for (您的…是？, 请填写…, Please enter your …). */
const QUESTION_OPENINGS = [
  /^(请|麻烦|烦请)(您|你)?(再)?(填写|输入|提供|选择|留下|描述|说明|简述|告知|写下)?(一下)?(您|你)?(的)?/,
  /^(您|你)(的)/,
  /^(please\s+)?(enter|provide|select|choose|give|tell us|state|type|describe|list|write)\s+(us\s+)?(your\s+)?/,
  /^(what|which)('s|\s+is|\s+was|\s+are)\s+(the\s+)?(your\s+)?/,
  /^(your)\s+/,
];
const QUESTION_CLOSINGS = [/(是|为|是什么|为何|是多少|有哪些|吗|呢)?[?？]+$/, /(是|为)$/];

/** Codes explained after a header: 投诉类型1:服务相关,2:物流相关 → 投诉类型; 状态(0:待处理 1:已处理) → 状态. */
export function withoutLegend(text: string): string {
  const codes = text.match(/\d+\s*[:：=]/g);
  if (!codes || codes.length < 2) return text;
  const head = text
    .slice(0, text.search(/\d+\s*[:：=]/))
    .replace(/[\s(（[【:：,，;；]+$/, '')
    .trim();
  return head === '' ? text : head;
}

/**
 * What a form question asks for: `您的联系电话是？` → 联系电话, `Please enter your phone number` →
 * phone number. Other headers come back as they are.
 */
export function questionCore(text: string): string {
  // Openings are Simplified words: a Traditional question (請留下您的聯絡電話) is read in Simplified.
  let t = withoutLegend(toSimplified(text.trim()));
  for (const closing of QUESTION_CLOSINGS) t = t.replace(closing, '');
  // Openings are matched without regard to case; the header keeps its own (camelCase splits by it).
  let core = t;
  for (const opening of QUESTION_OPENINGS) core = core.replace(new RegExp(opening.source, 'i'), '');
  core = core.trim();
  return core === '' ? text.trim() : core;
}
