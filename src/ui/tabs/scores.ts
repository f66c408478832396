// The scores tab: a month's scores as a chart and a table, a month picker and the compute button.

import { t } from '../boot';
import { call, type Scores } from '../calls';
import { scoreChart } from '../charts';
import { el, show, showError } from '../dom';

/** The month shown: the server's choice until the user picks one ('' asks for the server's). */
let month = '';

/** Asks the server for the month shown. */
export function loadScores(): Promise<Scores> {
  return call('sidebarScores', month);
}

/** Shows a month's scores; `reload` shows the tab again (another month, or a retry). */
export function renderScores(data: Scores, reload: () => void, notice = ''): void {
  month = data.month;
  const picker = el('select', { id: 'month', 'aria-label': t('month') });
  for (const m of data.months) {
    const option = el('option', { value: m }, [m]);
    if (m === data.month) option.setAttribute('selected', '');
    picker.append(option);
  }
  picker.addEventListener('change', () => {
    month = picker.value;
    reload();
  });
  const compute = el('button', { class: 'primary', type: 'button', id: 'compute' }, [t('compute')]);
  compute.addEventListener('click', () => {
    compute.setAttribute('disabled', '');
    compute.textContent = t('computing');
    call('sidebarComputeScores', month)
      .then((fresh) => renderScores(fresh, reload, fresh.written ?? ''))
      .catch((error: unknown) => showError(error, reload));
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
