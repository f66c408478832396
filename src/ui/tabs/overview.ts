// The overview tab: complaints near or past their deadline, callbacks due, validation issues and the
// weekly figures with their chart.

import { t } from '../boot';
import type { Overview } from '../calls';
import { weeklyChart } from '../charts';
import { card, el, rowLink, show } from '../dom';

function percent(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 1000) / 10}%`;
}

/** Shows the overview; `rerender` is what a row link that fails offers (the tab shown then, again). */
export function renderOverview(data: Overview, rerender: () => void): void {
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
      rowLink(c.sheet, c.row, rerender),
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
      rowLink(c.sheet, c.row, rerender),
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
      rowLink(i.sheet, i.row, rerender),
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
