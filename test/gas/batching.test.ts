import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuCallbacks, menuCheckComplaints, menuComputeScores } from '../../src/gas/entry';
import { installFake } from '../helpers/install';
import { type Cell, sh, toFake } from '../helpers/workbooks';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const STAFF = ['王芳', '李娜', '张伟', '马丽'];
const roster: Cell[][] = [['姓名', '岗位'], ...STAFF.map((n, i) => [n, i ? '售后客服' : '主管'])];

function workbook(n: number) {
  const ledger: Cell[][] = [['日期', '姓名', '规则代码', '分值']];
  const complaints: Cell[][] = [
    ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '方案时间'],
  ];
  const cases: Cell[][] = [
    ['登记日期', '客户姓名', '客户电话', '产品型号', '问题描述', '登记人', '解决日期', '处理结果'],
  ];
  const callbacks: Cell[][] = [['客户姓名', '联系电话', '回访类型', '实际回访时间', '回访人']];
  for (let i = 0; i < n; i++) {
    const name = STAFF[i % STAFF.length] as string;
    const phone = `139${String(10_000_000 + i).slice(-8)}`;
    ledger.push([sh(2026, 10, 1 + (i % 28)), name, i % 2 ? 'G05' : 'G09', i % 3 ? '' : '-2']);
    complaints.push([
      `K${i}`,
      sh(2026, 10, 1 + (i % 28), 9),
      `客户${i}`,
      phone,
      'x',
      name,
      i % 2 ? sh(2026, 10, 29) : null,
    ]);
    cases.push([
      sh(2026, 9, 1 + (i % 28)),
      `客户${i}`,
      phone,
      'X',
      'x',
      name,
      sh(2026, 9, 2 + (i % 27)),
      '已解决',
    ]);
    callbacks.push([`客户${i}`, phone, '售后30天', i % 2 ? sh(2026, 10, 20) : null, name]);
  }
  return toFake([
    { name: '员工名单', rows: roster },
    { name: '奖惩登记', rows: ledger },
    { name: '投诉登记', rows: complaints },
    { name: '售后登记', rows: cases },
    { name: '回访记录', rows: callbacks },
  ]);
}

describe('service calls do not grow with the rows', () => {
  for (const [name, action] of [
    ['compute scores', menuComputeScores],
    ['check overdue complaints', menuCheckComplaints],
    ['callback plan', menuCallbacks],
  ] as const) {
    it(`${name}: the same calls for 40 rows as for 4,000`, () => {
      const calls = (n: number) => {
        vi.useFakeTimers({ now: sh(2026, 11, 2, 10), toFake: ['Date'] });
        const wb = installFake(workbook(n));
        wb.promptAnswers.push('2026-10');
        wb.counter.reset();
        action();
        expect(wb.alerts).toEqual([]);
        const snapshot = wb.counter.snapshot();
        vi.unstubAllGlobals();
        return snapshot;
      };
      expect(calls(4_000)).toEqual(calls(40));
    });
  }
});
