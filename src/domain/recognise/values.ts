// What a column's values say, whatever its header: phones, dates and times, numbers, person names,
// e-mail addresses, long text, status and level words, rewards and penalties written in words,
// identifiers. Recognition reads the rows under a header candidate (within the first 30 rows, so
// a sheet is read the same way by every path) and uses the profile to choose between columns a
// header reading offers, to refuse a column whose values contradict its field, and to find a
// column no header names (a free-text ledger column under any name).

import { parseMoment, parseYesNo } from '../calendar/parse';
import { readLedgerText } from '../ledger/ledger-text';
import { PLAIN_MOBILE } from '../phone/phone';
import { cellText, isDate, normalizeHeader, toSimplified, withoutTextPrefix } from '../text';
import { type Concept, conceptsOf } from './concepts';

/** The share of a column's filled cells of each sort (0 to 1), and the times it holds. */
export interface ValueProfile {
  /** Cells that are not blank. */
  readonly filled: number;
  readonly phone: number;
  /**
   * Eight plain digits as Hong Kong and Macau write a number (66231458): a phone under a phone's
   * header, though on its own as much an order's number as a phone.
   */
  readonly localPhone: number;
  /** Share of ten plain digits (9824012345): phones only under a header naming nothing but one. */
  readonly plainTen: number;
  /** Share of prices and measures (£6.20 up to 10kg, ¥12/件): a rate that is no rating. */
  readonly measure: number;
  /** A date or a date-time (a real date, a serial in a date column's range, any text parseMoment reads, an ROC date). */
  readonly date: number;
  /** A date with a time of day. */
  readonly time: number;
  /** A month without a day: 2026-08, 2026年8月. */
  readonly month: number;
  /** A number that is neither a date nor a phone. */
  readonly number: number;
  /** A short name of a person: 2 to 4 Han characters, or two or three capitalised words. */
  readonly person: number;
  readonly email: number;
  /** Free text: 8 characters or more of Han, or four words or more. */
  readonly text: number;
  /** A status word (closed, open or void) in any of the project's languages. */
  readonly status: number;
  /** A level word (重大, 普通, 高, High, P1…). */
  readonly level: number;
  /** A reward or penalty in words (扣3分, 罚款50元, 取消全勤). */
  readonly ledger: number;
  /** A way a case came in (电话, 微信, 来访, 12345, WhatsApp, Email, Walk-in). */
  readonly channel: number;
  /** A code: letters and digits without spaces (KF-2026-001, 48213). */
  readonly code: number;
  /** A short tag of Latin letters or digits, no spaces (A1, R05, KF-03, 2.3, VERBAL): a rule's code. */
  readonly tag: number;
  /** A length of time in hours, minutes and seconds (176:32:10, 0:05:52), as agents' reports give them. */
  readonly duration: number;
  /** A yes or a no (是, 否, Y, N, TRUE, FALSE): a flag, never what anyone said. */
  readonly yesno: number;
  /** A post a member of staff holds (客服专员, 组长, Customer Service Representative, Team Lead). */
  readonly role: number;
  /** The mean length of the filled cells' text, in characters. */
  readonly length: number;
  /** The instant of each data row (null where the cell is not a date), row by row. */
  readonly instants: readonly (number | null)[];
  /**
   * The records its short cells name, where at least two cells and a third of them do (a category
   * of 住戶投訴 and 噪音投訴, a type of 奖励 and 处罚): the kind of record the rows are.
   */
  readonly records: readonly Concept[];
}

/** A zone only to tell dates from other text; the instant is compared column against column. */
const PROFILE_ZONE = 'UTC';
/** A zone where 115/10/14 is a date (the ROC year 115): a date-like value in a Taiwanese sheet. */
const ROC_ZONE = 'Asia/Taipei';

const PHONE_DIGITS = /^\+?\d{7,15}$/;
/** What may stand before a phone number in its cell: nothing, or a label (手机：, 电话, Tel:, Mobile). */
const PHONE_LABEL = /^\s*(?:[\u3400-\u9fff]{1,6}|tel|phone|mobile|mob|cell|whatsapp)?\.?\s*[:：]?\s*$/i;
const PHONE_SHAPES = [
  PLAIN_MOBILE, // mainland mobile
  /^0\d{9,11}$/, // a number with its area or trunk code (010…, 0912…)
  /^0[2-8][1-9]\d{6}$/, // a Taiwanese landline with its area code (07-123-4567 as 071234567)
  /^(852|853|886|86)\d{8,11}$/, // with a Chinese-speaking region's code
  /^00[1-9]\d{7,13}$/, // with any country's code after 00 (00886912345678)
];

/** A cell that holds a phone number (several in one cell, notes and country codes allowed). */
export function looksLikePhone(value: unknown): boolean {
  const text = withoutTextPrefix(cellText(value).normalize('NFKC').trim());
  if (text === '' || /[a-z]{3,}/i.test(text.replace(/ext|tel|mob|whatsapp/gi, ''))) return false;
  const first = text.split(/\s*(?:[/、;；,，]|或)\s*/)[0] ?? '';
  const label = /^[^\d+(（]*/.exec(first)?.[0] ?? '';
  // Only a label may stand before a number (手机：, Tel:), not a code's letters (CS-2026-031).
  if (!PHONE_LABEL.test(label)) return false;
  const core = first.slice(label.length).replace(/[（(][^\d)）]*[)）]$/, '');
  const digits = core.replace(/[\s\-.()（）]/g, '');
  if (!PHONE_DIGITS.test(digits)) return false;
  const plain = digits.replace(/^\+/, '');
  // A year, a month and a number (2026-10-0012) is an order's code.
  if (/^(19|20)\d\d[-./]\d{1,2}[-./]\d+$/.test(core.trim())) return false;
  // Written with a country code or separators, any 8 to 15 digits; plain digits only in a phone's shapes.
  if (core.startsWith('+') || /[\s\-()（）]/.test(core.trim())) return plain.length >= 8;
  return PHONE_SHAPES.some((p) => p.test(plain));
}

/** A value that is a date or a date-time, and its instant. */
function momentOf(value: unknown): { instant: number; hasTime: boolean } | null {
  if (typeof value === 'number') return null;
  return (
    parseMoment(value, PROFILE_ZONE) ??
    parseMoment(value, ROC_ZONE) ??
    // A month and day named without a year (10月13日, 3月2日 14:05), as a platform's posts or a
    // hand-kept log write them: a date all the same, its year taken from a fixed reference so that
    // the same sheet always profiles alike (the operations infer it from "now").
    (typeof value === 'string' && value.includes('月')
      ? parseMoment(value, PROFILE_ZONE, YEARLESS_REFERENCE)
      : null)
  );
}

/** The "now" a yearless date is profiled against: any fixed instant serves to tell it is a date. */
const YEARLESS_REFERENCE = Date.UTC(2026, 11, 31);

/** A cell that holds a date or a date-time (a Date, or text a date reads from); never a number. */
export function holdsDate(value: unknown): boolean {
  return isDate(value) || (typeof value === 'string' && momentOf(value) !== null);
}

const MONTH_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?(份)?$/;
/** A Hong Kong or Macau number written as eight plain digits (a mobile 5, 6 or 9; a fixed line 2 or 3; Macau's 28). */
const LOCAL_PHONE = /^[235689]\d{7}$/;
/**
 * India's mobiles and North America's numbers as teams there write them, ten plain digits without a
 * country code (9824012345, 4155550123): a phone under a header that names nothing but one, never by
 * itself (a ticket's 2403150001 is no phone), and never a 400 or 800 hotline, a firm's ten digits.
 */
const PLAIN_TEN = /^(?!400|800)[2-9]\d{9}$/;
/** A price or a measure: £6.20, $12/hr, ¥8/件, 10kg (a share, 80%, may be a satisfaction). */
const MEASURE = /[£$€¥₹]|\d\s*(kg|元|\/\s*(h|hr|hour|件|单|kg))\b/i;
const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** The common Chinese surnames (Simplified): a 2–4 character word starting with one is a name. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪萧',
]);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '慕容', '令狐', '司徒', '尉迟'];
/** Names people are called by at work: 小雅, 老王, 阿明. */
const FAMILIAR = /^[小老阿][\u3400-\u9fff]{1,2}$/;

/** A short Han word that is a person's name: a common surname first, or a familiar name. */
function hanName(text: string): boolean {
  if (!HAN_NAME.test(text)) return false;
  if (FAMILIAR.test(text)) return true;
  const simplified = toSimplified(text);
  return SURNAMES.has(simplified.charAt(0)) || COMPOUND_SURNAMES.some((s) => simplified.startsWith(s));
}
const HAN_NAME_WITH_DOT = /^[\u3400-\u9fff]{1,6}[·•][\u3400-\u9fff]{1,8}$/;
/**
 * A Latin-script name: two to four capitalised words, with the particles many names carry between
 * them (Nurul Aisyah binti Rahman, Priya Devi a/p Subramaniam, Kevin Tan Wei Ming, Ludwig van Beethoven).
 */
const LATIN_NAME =
  /^[A-Z][a-zA-Z'’-]+(?: (?:(?:bin|binti|bt|a\/l|a\/p|s\/o|d\/o|van|von|der|de|da|del|di|la|le|al|el|ibn) )?[A-Z][a-zA-Z'’-]*\.?){1,3}$/;

/** Words a status cell holds (folded): closed, open or void, in Chinese and English. */
const STATUS_WORDS = [
  '已处理',
  '未处理',
  '处理中',
  '已解决',
  '未解决',
  '已完成',
  '已结案',
  '结案',
  '已关闭',
  '关闭',
  '已回复',
  '待处理',
  '待回复',
  '待审核',
  '审核中',
  '进行中',
  '跟进中',
  '已受理',
  '待受理',
  '已办结',
  '办结',
  '完结',
  '作废',
  '已撤销',
  '撤销',
  '无效',
  '已退款',
  '退款中',
  '退款成功',
  '已拒绝',
  '拒绝',
  '驳回',
  '已完工',
  '维修中',
  '已寄回',
  'open',
  'closed',
  'solved',
  'resolved',
  'pending',
  'new',
  'hold',
  'onhold',
  'inprogress',
  'waiting',
  'waitingoncustomer',
  'escalated',
  'reopened',
  'cancelled',
  'canceled',
  'done',
  'completed',
  'assigned',
  'approved',
  'rejected',
  'refunded',
  'received',
  'shipped',
  'todo',
  'active',
].map(normalizeHeader);
const STATUS_SET = new Set(STATUS_WORDS);
/** Ways a case comes in, as a channel column writes them (compared folded, without spaces or dashes). */
const CHANNEL_WORDS = new Set(
  [
    '电话',
    '来电',
    '热线',
    '微信',
    '企业微信',
    '公众号',
    '小程序',
    'app',
    '官网',
    '网站',
    '网页',
    '邮件',
    '电邮',
    'email',
    '信函',
    '来信',
    '传真',
    '来访',
    '到店',
    '现场',
    '上门',
    '面谈',
    '12345',
    '12315',
    '信访',
    '微博',
    '抖音',
    '短信',
    '在线客服',
    'whatsapp',
    'line',
    'facebook',
    'messenger',
    'instagram',
    'phone',
    'call',
    'walkin',
    'web',
    'website',
    'chat',
    'livechat',
    'mail',
    'letter',
    'sms',
    'inperson',
    'socialmedia',
  ].map(channelKey),
);

/** A channel word as CHANNEL_WORDS keeps it: folded, without spaces or dashes (Walk-in → walkin). */
function channelKey(text: string): string {
  return normalizeHeader(text).replace(/[\s-]+/g, '');
}

const LEVEL_WORDS = new Set(
  [
    '重大',
    '普通',
    '一般',
    '严重',
    '紧急',
    '特急',
    '高',
    '中',
    '低',
    '重要',
    '非常紧急',
    '较重',
    '轻微',
    'high',
    'medium',
    'low',
    'urgent',
    'normal',
    'critical',
    'major',
    'minor',
    'p1',
    'p2',
    'p3',
    'p4',
  ].map(normalizeHeader),
);

/** The sorts of value a column may hold. */
export type ValueSort = Sort;

type Sort =
  | 'phone'
  | 'date'
  | 'time'
  | 'month'
  | 'number'
  | 'person'
  | 'email'
  | 'text'
  | 'status'
  | 'level'
  | 'ledger'
  | 'channel'
  | 'code'
  | 'duration'
  | 'yesno'
  | 'role';

/** The sorts one filled cell is of (a cell may be of two: 2026-10-14 09:30 is a date and a time). */
function sortsOf(value: unknown, instant: { hasTime: boolean } | null): Sort[] {
  if (instant) return instant.hasTime ? ['date', 'time'] : ['date'];
  if (isDate(value)) return ['date'];
  if (typeof value === 'string' && MONTH_TEXT.test(value.trim())) return ['month'];
  if (looksLikePhone(value) || looksLikeMaskedPhone(value)) return ['phone'];
  if (typeof value === 'number') return ['number', 'code'];
  if (typeof value === 'boolean') return ['yesno'];
  const text = cellText(value).trim();
  // The hotlines 12345 and 12315 are channels before they are numbers.
  if (/^123(45|15)$/.test(text)) return ['channel'];
  if (/^[-+]?\d+(\.\d+)?%?$/.test(text.replace(/,/g, ''))) return ['number', 'code'];
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)) return ['email'];
  const folded = normalizeHeader(text);
  const sorts: Sort[] = [];
  if (STATUS_SET.has(folded)) sorts.push('status');
  if (LEVEL_WORDS.has(folded)) sorts.push('level');
  if (CHANNEL_WORDS.has(channelKey(text))) sorts.push('channel');
  if (typeof parseYesNo(text) === 'boolean') sorts.push('yesno');
  if (sorts.length > 0) return sorts;
  if (readLedgerText(text)) return ['ledger'];
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  // A post (客服专员, Customer Care Manager, Team Lead - Support) before a name it may look like.
  if (isPost(text, han)) return ['role'];
  // A shop's sub-account names its agent after a colon (旗舰店:小雅), as Taobao and JD write them.
  const who = text.includes(':') || text.includes('：') ? (text.split(/[:：]/).pop() ?? '') : text;
  if (hanName(who) || HAN_NAME_WITH_DOT.test(who) || (who.length <= 40 && LATIN_NAME.test(who)))
    sorts.push('person');
  // A long name (Muhammad Faiz bin Ismail) is a person, not a sentence.
  if (!sorts.includes('person') && (han >= 8 || text.split(/\s+/).length >= 4)) sorts.push('text');
  if (/^[A-Za-z]{0,6}[-_#]?\d[\dA-Za-z\-_/]{3,}$/.test(text) && /\d/.test(text)) sorts.push('code');
  return sorts;
}

/** The words a post ends in, in Chinese (客服专员, 售后主管, 质检员, 维修技师). */
const POST_ZH =
  /(专员|主管|组长|班长|领班|经理|总监|主任|助理|文员|技师|工程师|店长|顾问|坐席|客服|督导|培训师|实习生|[^人成会学社]员)$/;
/** The words that name a post in English, anywhere in a short title (Customer Care Manager, Team Lead - Support). */
const POST_EN =
  /\b(manager|supervisor|lead|leader|agent|representative|rep|specialist|associate|officer|assistant|director|engineer|technician|coordinator|analyst|consultant|intern|executive|clerk|administrator|receptionist|advisor|adviser|operator|cashier|trainee|head of)\b/i;

/**
 * A post's name: a few words ending in a post word (客服专员, 组长), or a short English title holding
 * one; `han` is how many Han characters the text holds.
 */
function isPost(text: string, han: number): boolean {
  if (han > 0) return han <= 8 && !/\s/.test(text.trim()) && POST_ZH.test(normalizeHeader(text));
  return text.split(/\s+/).length <= 6 && text.length <= 48 && POST_EN.test(text);
}

/**
 * A phone an export masked (138****5678, 139xxxx1234, 0912-***-678, +852 ****4567, and whatever
 * maskPhone writes): with its hidden digits read as noughts, it has a phone's shape. A bank card or
 * an ID number masked (6222****1234) has none.
 */
export function looksLikeMaskedPhone(value: unknown): boolean {
  const text = cellText(value).trim();
  if (!/[*＊]{2,}|\d[xX]{4}\d/.test(text)) return false;
  const unmasked = text.replace(/[*＊]/g, '0').replace(/(\d)[xX]{4}(\d)/, '$10000$2');
  // The mainland's 400 and 800 service numbers, masked (400***3456); plain, ten such digits are as
  // often a system's document number (8000012345).
  return looksLikePhone(unmasked) || /^[48]00\d{7}$/.test(unmasked.replace(/[\s-]/g, ''));
}

/** Hours, minutes and seconds written out (登录时长 176:32:10, 0:05:52); a time of day alone reads so too. */
const DURATION = /^\d{1,4}:[0-5]\d:[0-5]\d$/;
/** Before this, a date is Sheets' and Excel's day 0 (1899-12-30) plus a time spent: a duration cell. */
const DURATION_DAYS_END = Date.UTC(1900, 1, 1);

/** A time spent: written out, or a duration cell the spreadsheet hands over as a date of its day 0. */
function isDuration(value: unknown): boolean {
  if (isDate(value)) return value.getTime() < DURATION_DAYS_END;
  return typeof value === 'string' && DURATION.test(value.trim());
}

/** One cell read once: its sorts, its instant, its text. */
export interface CellReading {
  readonly text: string;
  readonly sorts: readonly Sort[];
  readonly instant: number | null;
  readonly records: readonly Concept[];
}

const BLANK: CellReading = { text: '', sorts: [], instant: null, records: [] };

/**
 * The records cells may name: a complaint (住戶投訴) or a reward or penalty (奖励, 处罚). A repair or a
 * callback in a cell is as often what was done (退款, 维修) or what a call ended in (Callback) as
 * the record the row is.
 */
const RECORD_CONCEPTS: readonly Concept[] = ['complaint', 'reward'];
/** Cells longer than this are sentences: a word of a record in one is no category. */
const SHORT_CELL = 12;

/** Reads one cell for profiling. */
function readCell(value: unknown): CellReading {
  const text = cellText(value).trim();
  if (text === '') return BLANK;
  // A time spent is neither a moment nor anything else (a duration cell is handed over as a date).
  if (isDuration(value)) return { text, sorts: ['duration'], instant: null, records: [] };
  const moment = isDate(value) ? { instant: value.getTime(), hasTime: true } : momentOf(value);
  const records =
    typeof value === 'string' && text.length <= SHORT_CELL && moment === null
      ? RECORD_CONCEPTS.filter((c) => conceptsOf(text).concepts.has(c))
      : [];
  return { text, sorts: sortsOf(value, moment), instant: moment ? moment.instant : null, records };
}

/**
 * The profile of one column over data rows (cells read by readCell, or raw values).
 * @example profileColumn(['13812345678', '0912-345-678', '']).phone === 1
 */
export function profileColumn(values: readonly unknown[]): ValueProfile {
  return profileOf(values.map(readCell));
}

/** A short tag of Latin letters or digits without spaces (A1, R05, KF-03, 2.3, VERBAL). */
const TAG = /^[A-Za-z0-9][A-Za-z0-9._\-/#]{0,11}$/;

function profileOf(cells: readonly CellReading[]): ValueProfile {
  const counts: Record<Sort, number> = {
    phone: 0,
    date: 0,
    time: 0,
    month: 0,
    number: 0,
    person: 0,
    email: 0,
    text: 0,
    status: 0,
    level: 0,
    ledger: 0,
    channel: 0,
    code: 0,
    duration: 0,
    yesno: 0,
    role: 0,
  };
  const instants: (number | null)[] = [];
  const named = new Map<Concept, number>();
  let filled = 0;
  let characters = 0;
  let local = 0;
  let ten = 0;
  let measured = 0;
  let tagged = 0;
  for (const cell of cells) {
    instants.push(cell.instant);
    if (cell.text === '') continue;
    filled++;
    if (LOCAL_PHONE.test(cell.text)) local++;
    if (PLAIN_TEN.test(cell.text)) ten++;
    if (MEASURE.test(cell.text)) measured++;
    if (TAG.test(cell.text)) tagged++;
    characters += cell.text.length;
    for (const sort of cell.sorts) counts[sort]++;
    for (const c of cell.records) named.set(c, (named.get(c) ?? 0) + 1);
  }
  const share = (n: number) => (filled === 0 ? 0 : n / filled);
  return {
    filled,
    phone: share(counts.phone),
    localPhone: share(local),
    plainTen: share(ten),
    measure: share(measured),
    date: share(counts.date),
    time: share(counts.time),
    month: share(counts.month),
    number: share(counts.number),
    person: share(counts.person),
    email: share(counts.email),
    text: share(counts.text),
    status: share(counts.status),
    level: share(counts.level),
    ledger: share(counts.ledger),
    channel: share(counts.channel),
    code: share(counts.code),
    tag: share(tagged),
    duration: share(counts.duration),
    yesno: share(counts.yesno),
    role: share(counts.role),
    length: filled === 0 ? 0 : characters / filled,
    instants,
    records: [...named].filter(([, n]) => n >= 2 && n >= filled / 3).map(([c]) => c),
  };
}

/**
 * Profiles under any header row of a sheet's top rows, each cell read once: a sheet offers many
 * header candidates, and each is profiled by the rows below it.
 */
export function sheetProfiler(
  rows: readonly (readonly unknown[])[],
): (headerRow: number, width: number) => ValueProfile[] {
  const read: (CellReading[] | null)[] = rows.map(() => null);
  const readRow = (i: number): CellReading[] => {
    let cells = read[i];
    if (!cells) {
      cells = (rows[i] ?? []).map(readCell);
      read[i] = cells;
    }
    return cells;
  };
  return (headerRow, width) => {
    const below: CellReading[][] = [];
    for (let i = headerRow; i < rows.length; i++) {
      const cells = readRow(i);
      if (cells.some((c) => c.text !== '')) below.push(cells);
    }
    const out: ValueProfile[] = [];
    for (let c = 0; c < width; c++) out.push(profileOf(below.map((cells) => cells[c] ?? BLANK)));
    return out;
  };
}

/**
 * How many rows `a` holds an earlier time than `b`, less those where it holds a later one: the
 * time a case was received comes before the time it was accepted.
 */
export function earlierRows(a: ValueProfile, b: ValueProfile): number {
  let n = 0;
  const rows = Math.min(a.instants.length, b.instants.length);
  for (let i = 0; i < rows; i++) {
    const x = a.instants[i];
    const y = b.instants[i];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    if (x < y) n++;
    else if (x > y) n--;
  }
  return n;
}
