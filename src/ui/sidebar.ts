// The dashboard sidebar's client: tabs, loading and error states, an SVG chart. No framework.
// Server calls are typed from the entry module's exports (a type-only import: no server code here).

import { fillTemplate } from '../domain/template';
import type * as Entry from '../gas/entry';

type Api = typeof Entry;
type SidebarCall =
  | 'sidebarOverview'
  | 'sidebarScores'
  | 'sidebarComputeScores'
  | 'sidebarRules'
  | 'sidebarRecognition'
  | 'sidebarSetKind'
  | 'sidebarMapColumn'
  | 'sidebarSelect';
type Overview = ReturnType<Api['sidebarOverview']>;
type Scores = ReturnType<Api['sidebarScores']>;
type Rules = ReturnType<Api['sidebarRules']>;
type Recognition = ReturnType<Api['sidebarRecognition']>;

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: { message?: string } | string) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

interface Boot {
  lang: 'zh' | 'zh-TW' | 'zh-HK' | 'en';
  labels: Record<string, string>;
}

const boot = (window as unknown as { __KEFU__: Boot }).__KEFU__;

/** A label of the message catalogue, with `{name}` placeholders filled. */
function t(key: string, params: Record<string, string | number> = {}): string {
  return fillTemplate(boot.labels[key] ?? key, params);
}

/** Calls a server function through google.script.run, as a promise. */
function call<K extends SidebarCall>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler((error) =>
        reject(new Error(typeof error === 'string' ? error : (error.message ?? String(error)))),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

const view = document.getElementById('view') as HTMLElement;

/** Shows these nodes in the view, in order (one append each: a list of any length). */
function show(children: readonly (Node | string)[]): void {
  view.replaceChildren();
  for (const child of children) view.append(child);
}
const tabs = document.querySelector('.tabs') as HTMLElement;
type Tab = 'overview' | 'scores' | 'sheets' | 'rules';
let current: Tab = 'overview';
let scoresMonth = '';

function showLoading(): void {
  view.replaceChildren(el('div', { class: 'loading' }, [t('loading')]));
}

function showError(error: unknown, retry: () => void): void {
  const message = error instanceof Error ? error.message : String(error);
  const button = el('button', { class: 'primary', type: 'button' }, [t('retry')]);
  button.addEventListener('click', retry);
  view.replaceChildren(el('div', { class: 'error', role: 'alert' }, [t('error'), message]), button);
}

/** A link that selects the row in the sheet. */
function rowLink(sheet: string, row: number): HTMLElement {
  const link = el('button', { class: 'link', type: 'button', 'data-sheet': sheet, 'data-row': String(row) }, [
    t('row', { sheet, row }),
  ]);
  link.addEventListener('click', () => {
    call('sidebarSelect', sheet, row).catch((error: unknown) => showError(error, () => render(current)));
  });
  return link;
}

function card(label: string, count: number, tone: string, id: string): HTMLElement {
  return el('div', { class: `card ${count > 0 ? tone : ''}`, 'data-count': id }, [
    el('b', {}, [String(count)]),
    label,
  ]);
}

function percent(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 1000) / 10}%`;
}

function renderOverview(data: Overview): void {
  const children: Node[] = [
    el('div', { class: 'muted' }, [t('as_of', { time: data.now.slice(0, 16).replace('T', ' ') })]),
  ];
  children.push(
    el('h2', {}, [t('complaints')]),
    el('div', { class: 'cards' }, [
      card(t('overdue'), data.complaints.overdue, 'red', 'complaints-overdue'),
      card(t('due_soon'), data.complaints.dueSoon, 'amber', 'complaints-due-soon'),
    ]),
  );
  const complaintItems = data.complaints.items.map((c) => {
    const late = (c.hoursLeft ?? 0) < 0;
    const hours = Math.abs(c.hoursLeft ?? 0);
    return el('li', {}, [
      el('span', { class: `tag ${late ? 'red' : 'amber'}` }, [c.label]),
      `${c.id} ${c.customer} ${c.phone} · ${late ? t('hours_late', { hours }) : t('hours_left', { hours })} `,
      rowLink(c.sheet, c.row),
    ]);
  });
  children.push(
    el(
      'ul',
      { class: 'items', id: 'complaint-items' },
      complaintItems.length ? complaintItems : [t('nothing')],
    ),
  );
  children.push(
    el('h2', {}, [
      t('callbacks'),
      el('span', { class: 'muted', id: 'callback-rate' }, [
        t('callback_rate', {
          month: data.callbacks.month,
          rate: percent(data.callbacks.rate),
          target: percent(data.callbacks.target),
        }),
      ]),
    ]),
  );
  const callbackItems = data.callbacks.items.map((c) =>
    el('li', {}, [
      el('span', { class: `tag ${c.label === t('callbacks_due') ? 'amber' : 'red'}` }, [c.label]),
      `${c.type} ${c.customer} ${c.phone} · ${c.dueDate} `,
      rowLink(c.sheet, c.row),
    ]),
  );
  children.push(
    el('div', { class: 'cards' }, [
      card(t('callbacks_overdue'), data.callbacks.overdue, 'red', 'callbacks-overdue'),
      card(t('callbacks_due'), data.callbacks.due, 'amber', 'callbacks-due'),
    ]),
    el('ul', { class: 'items', id: 'callback-items' }, callbackItems.length ? callbackItems : [t('nothing')]),
  );
  children.push(
    el('h2', {}, [t('validation')]),
    el('div', { class: 'cards' }, [
      card(t('errors'), data.validation.errors, 'red', 'validation-errors'),
      card(t('warnings'), data.validation.warnings, 'amber', 'validation-warnings'),
    ]),
  );
  const issues = data.validation.items.map((i) =>
    el('li', {}, [
      el('span', { class: `tag ${i.severity === 'error' ? 'red' : 'amber'}` }, [i.field]),
      `${i.message} `,
      rowLink(i.sheet, i.row),
    ]),
  );
  children.push(el('ul', { class: 'items', id: 'issue-items' }, issues.length ? issues : [t('nothing')]));
  const weekly = data.weekly;
  children.push(
    el('h2', {}, [t('weekly', { week: weekly.week })]),
    el('div', { class: 'muted', id: 'weekly-line' }, [
      t('weekly_line', {
        received: weekly.received,
        onTime: weekly.closedOnTime,
        open: weekly.openAtEnd,
        overdue: weekly.overdueAtEnd,
      }),
    ]),
    weeklyChart(weekly.trend),
  );
  for (const note of data.notes) children.push(el('div', { class: 'error' }, [note]));
  show(children);
}

/** Columns of the last weeks: received (blue) and closed on time (green), the latest on the right. */
function weeklyChart(trend: Overview['weekly']['trend']): SVGElement {
  const width = 276;
  const height = 110;
  const bottom = 90;
  let max = 1;
  for (const w of trend) max = Math.max(max, w.received);
  const slot = width / Math.max(1, trend.length);
  const bar = Math.max(4, slot / 3);
  const chart = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    id: 'weekly-chart',
  });
  chart.append(svg('title', {}, t('weekly_chart')));
  trend.forEach((w, i) => {
    const x = i * slot + slot / 2 - bar;
    const h = (n: number) => (n / max) * (bottom - 14);
    chart.append(
      svg('rect', {
        x,
        y: bottom - h(w.received),
        width: bar,
        height: h(w.received),
        fill: '#1a73e8',
        'data-week': w.week,
        'data-received': w.received,
      }),
      svg('rect', {
        x: x + bar,
        y: bottom - h(w.closedOnTime),
        width: bar,
        height: h(w.closedOnTime),
        fill: '#188038',
        'data-on-time': w.closedOnTime,
      }),
      svg(
        'text',
        { x: x + bar, y: bottom - h(w.received) - 2, 'text-anchor': 'middle', fill: '#5f6368' },
        String(w.received),
      ),
      svg('text', { x: x + bar, y: height - 6, 'text-anchor': 'middle' }, w.week.slice(5)),
    );
  });
  return chart;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Horizontal bars of the month's scores, with the dismissal and reward lines. */
function scoreChart(data: Scores): SVGElement {
  const width = 276;
  const left = 48;
  const barHeight = 16;
  const top = 16;
  const height = top + data.staff.length * (barHeight + 4) + 6;
  let max = data.highScoreLine + 10;
  for (const s of data.staff) max = Math.max(max, s.score);
  const x = (score: number) => left + (Math.max(0, score) / max) * (width - left - 30);
  const chart = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    id: 'score-chart',
  });
  data.staff.forEach((s, i) => {
    const y = top + i * (barHeight + 4);
    const color =
      s.score < data.dismissalLine ? '#d93025' : s.score >= data.highScoreLine ? '#188038' : '#1a73e8';
    chart.append(
      svg('text', { x: left - 4, y: y + 12, 'text-anchor': 'end' }, s.name),
      svg('rect', {
        x: left,
        y,
        width: Math.max(1, x(s.score) - left),
        height: barHeight,
        fill: color,
        'data-name': s.name,
      }),
      svg('text', { x: x(s.score) + 3, y: y + 12, fill: '#5f6368' }, String(s.score)),
    );
  });
  for (const [line, label, color] of [
    [data.dismissalLine, t('dismissal_line', { line: data.dismissalLine }), '#d93025'],
    [data.highScoreLine, t('high_line', { line: data.highScoreLine }), '#188038'],
  ] as const) {
    chart.append(
      svg('line', {
        x1: x(line),
        x2: x(line),
        y1: 10,
        y2: height,
        stroke: color,
        'stroke-dasharray': '3 2',
        'data-line': line,
      }),
      svg('text', { x: x(line), y: 9, fill: color, 'text-anchor': 'middle' }, label),
    );
  }
  return chart;
}

function renderScores(data: Scores, notice = ''): void {
  scoresMonth = data.month;
  const picker = el('select', { id: 'month', 'aria-label': t('month') });
  for (const m of data.months) {
    const option = el('option', { value: m }, [m]);
    if (m === data.month) option.setAttribute('selected', '');
    picker.append(option);
  }
  picker.addEventListener('change', () => {
    scoresMonth = picker.value;
    render('scores');
  });
  const compute = el('button', { class: 'primary', type: 'button', id: 'compute' }, [t('compute')]);
  compute.addEventListener('click', () => {
    compute.setAttribute('disabled', '');
    compute.textContent = t('computing');
    call('sidebarComputeScores', scoresMonth)
      .then((fresh) => renderScores(fresh, fresh.written ?? ''))
      .catch((error: unknown) => showError(error, () => render('scores')));
  });
  const rows = data.staff.map((s) =>
    el('tr', { class: s.score < data.dismissalLine ? 'low' : s.score >= data.highScoreLine ? 'high' : '' }, [
      el('td', {}, [s.name]),
      el('td', { class: 'num' }, [String(s.score)]),
      el('td', { class: 'num' }, [String(s.pointsFine)]),
      el('td', { class: 'num' }, [String(s.net)]),
    ]),
  );
  const table = el('table', { id: 'score-table' }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', {}, [t('name')]),
        el('th', { class: 'num' }, [t('score')]),
        el('th', { class: 'num' }, [t('fine')]),
        el('th', { class: 'num' }, [t('net')]),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
  const { team } = data;
  show([
    el('div', { class: 'row' }, [picker, compute]),
    ...(notice ? [el('div', { class: 'notice' }, [notice])] : []),
    scoreChart(data),
    table,
    el('div', { class: 'muted', id: 'team' }, [
      t('team', {
        size: team.size,
        above: team.atOrAbove100,
        base: data.base,
        below: team.belowDismissal,
        line: data.dismissalLine,
      }),
    ]),
    ...data.notes.map((n) => el('div', { class: 'muted' }, [n])),
  ]);
}

function renderRules(data: Rules): void {
  const rows = data.parameters.map((p) =>
    el('tr', { title: p.meaning }, [
      el('td', {}, [p.name]),
      el('td', {}, [
        p.value === '' ? '—' : p.value,
        ...(p.problem ? [el('span', { class: 'tag red' }, [t('problem')])] : []),
      ]),
      el('td', { class: 'muted' }, [p.source]),
    ]),
  );
  view.replaceChildren(
    el('h2', {}, [t('params_title')]),
    el('div', { class: 'muted' }, [t('params_where', { sheet: data.sheet ?? '规则设置' })]),
    el('table', { id: 'params-table' }, [
      el('thead', {}, [
        el('tr', {}, [el('th', {}, [t('param')]), el('th', {}, [t('value')]), el('th', {}, [t('source')])]),
      ]),
      el('tbody', {}, rows),
    ]),
    el('div', { class: 'muted' }, [t('catalogue_where', { sheet: data.catalogueSheet ?? '奖惩规则' })]),
  );
}

function select(
  options: readonly { value: string; label: string }[],
  chosen: string,
  label: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const picker = el('select', { 'aria-label': label });
  for (const o of options) {
    const option = el('option', { value: o.value }, [o.label]);
    if (o.value === chosen) option.setAttribute('selected', '');
    picker.append(option);
  }
  picker.addEventListener('change', () => onChange(picker.value));
  return picker;
}

/** Sheets whose columns the user unfolded: they stay open across a correction. */
const open = new Set<string>();

/** Sends a correction to 列名对照 and shows the sheets as recognised with it. */
function saveMapping(call: Promise<Recognition>): void {
  showLoading();
  call
    .then((data) => renderSheets(data, t('saved')))
    .catch((error: unknown) => showError(error, () => render('sheets')));
}

function renderSheets(data: Recognition, notice = ''): void {
  const cards = data.sheets.map((s) => {
    const kindOptions = [{ value: '', label: t('kind_auto') }, ...data.kinds];
    const kindPicker = select(
      kindOptions,
      s.decidedBy === 'mapping' && s.kind ? s.kind : '',
      t('kind'),
      (value) => {
        if (value !== '') saveMapping(call('sidebarSetKind', s.name, value));
      },
    );
    const children: Node[] = [
      el('h2', {}, [
        el('span', {}, [s.name]),
        el('span', { class: `tag ${s.kind ? '' : 'amber'}` }, [s.kind ? s.kindLabel : t('not_recognised')]),
      ]),
      el('div', { class: 'row' }, [t('kind'), kindPicker]),
    ];
    if (s.kind === null) {
      children.push(el('div', { class: 'muted' }, [s.reasonText]));
      if (s.nearestText) children.push(el('div', { class: 'muted' }, [s.nearestText]));
      return el('section', { class: 'sheet', 'data-sheet': s.name }, children);
    }
    children.push(
      el('div', { class: 'muted' }, [t('header_row', { row: s.headerRow ?? '-', rows: s.dataRows ?? 0 })]),
    );
    if ((s.missingRequired ?? []).length > 0) {
      children.push(
        el('div', { class: 'error' }, [t('missing', { fields: (s.missingRequired ?? []).join('、') })]),
      );
    }
    const fields = data.fields[s.kind] ?? [];
    const rows = (s.columns ?? []).map((c) =>
      el('tr', { 'data-column': c.header }, [
        el('td', {}, [c.column]),
        el('td', {}, [c.header]),
        el('td', {}, [
          fields.length === 0
            ? (c.field ?? t('unused'))
            : select([{ value: '', label: t('unused') }, ...fields], c.field ?? '', t('field'), (value) =>
                saveMapping(call('sidebarMapColumn', s.name, c.header, value)),
              ),
        ]),
        el('td', { class: 'muted' }, [c.evidence ?? '']),
      ]),
    );
    // The columns fold away when nothing is missing: a supervisor opens the sheet that needs fixing.
    const details = el('details', {}, [
      el('summary', {}, [t('columns_count', { count: rows.length })]),
      el('table', { class: 'columns' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', {}, [t('column')]),
            el('th', {}, [t('header')]),
            el('th', {}, [t('field')]),
            el('th', {}, [t('evidence')]),
          ]),
        ]),
        el('tbody', {}, rows),
      ]),
    ]);
    if ((s.missingRequired ?? []).length > 0 || s.decidedBy === 'mapping' || open.has(s.name))
      details.setAttribute('open', '');
    details.addEventListener('toggle', () => {
      if ((details as HTMLDetailsElement).open) open.add(s.name);
      else open.delete(s.name);
    });
    children.push(details);
    return el('section', { class: 'sheet', 'data-sheet': s.name }, children);
  });
  show([
    el('div', { class: 'muted' }, [t('sheets_intro')]),
    ...(notice ? [el('div', { class: 'notice' }, [notice])] : []),
    ...data.problems.map((p) => el('div', { class: 'error' }, [p])),
    ...cards,
  ]);
}

function render(tab: Tab): void {
  current = tab;
  for (const button of Array.from(tabs.querySelectorAll('button'))) {
    button.setAttribute('aria-selected', String(button.dataset.tab === tab));
  }
  showLoading();
  const retry = () => render(tab);
  if (tab === 'overview')
    call('sidebarOverview')
      .then(renderOverview)
      .catch((e: unknown) => showError(e, retry));
  if (tab === 'scores')
    call('sidebarScores', scoresMonth)
      .then((d) => renderScores(d))
      .catch((e: unknown) => showError(e, retry));
  if (tab === 'sheets')
    call('sidebarRecognition')
      .then((d) => renderSheets(d))
      .catch((e: unknown) => showError(e, retry));
  if (tab === 'rules')
    call('sidebarRules')
      .then(renderRules)
      .catch((e: unknown) => showError(e, retry));
}

document.documentElement.lang = boot.lang === 'zh' ? 'zh-CN' : boot.lang;
for (const [tab, key] of [
  ['overview', 'tab_overview'],
  ['scores', 'tab_scores'],
  ['sheets', 'tab_sheets'],
  ['rules', 'tab_rules'],
] as const) {
  const button = el('button', { type: 'button', role: 'tab', 'data-tab': tab }, [t(key)]);
  button.addEventListener('click', () => render(tab));
  tabs.append(button);
}
render('overview');
