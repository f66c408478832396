// The sidebar's two SVG charts: the overview's weekly columns and the scores tab's bars.

import { t } from './boot';
import type { Overview, Scores } from './calls';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Columns of the last weeks: received (blue) and closed on time (green), the latest on the right. */
export function weeklyChart(trend: Overview['weekly']['trend']): SVGElement {
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

/** Horizontal bars of the month's scores, with the dismissal and reward lines. */
export function scoreChart(data: Scores): SVGElement {
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
