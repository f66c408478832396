// The rules tab: the parameters read from 规则设置, each with its value and where it came from.

import { t } from '../boot';
import type { Rules } from '../calls';
import { el, show } from '../dom';

export function renderRules(data: Rules): void {
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
  show([
    el('h2', {}, [t('params_title')]),
    el('div', { class: 'muted' }, [t('params_where', { sheet: data.sheet ?? '规则设置' })]),
    el('table', { id: 'params-table' }, [
      el('thead', {}, [
        el('tr', {}, [el('th', {}, [t('param')]), el('th', {}, [t('value')]), el('th', {}, [t('source')])]),
      ]),
      el('tbody', {}, rows),
    ]),
    el('div', { class: 'muted' }, [t('catalogue_where', { sheet: data.catalogueSheet ?? '奖惩规则' })]),
  ]);
}
