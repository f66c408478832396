// The recognition tab (表格识别): what each sheet was recognised as and how its columns were read,
// corrected through 列名对照.

import { t } from '../boot';
import { call, type Recognition } from '../calls';
import { el, select, show, showError, showLoading } from '../dom';

/** Sheets whose columns the user unfolded: they stay open across a correction. */
const open = new Set<string>();

/** Sends a correction to 列名对照 and shows the sheets as recognised with it. */
function saveMapping(request: Promise<Recognition>, reload: () => void): void {
  showLoading();
  request
    .then((data) => renderRecognition(data, reload, t('saved')))
    .catch((error: unknown) => showError(error, reload));
}

/** Shows each sheet's recognition; `reload` shows the tab again (a retry after a failed correction). */
export function renderRecognition(data: Recognition, reload: () => void, notice = ''): void {
  const cards = data.sheets.map((s) => {
    const kindOptions = [{ value: '', label: t('kind_auto') }, ...data.kinds];
    const kindPicker = select(
      kindOptions,
      s.decidedBy === 'mapping' && s.kind ? s.kind : '',
      t('kind'),
      (value) => {
        if (value !== '') saveMapping(call('sidebarSetKind', s.name, value), reload);
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
      children.push(el('div', { class: 'error' }, [t('missing', { fields: s.missingText })]));
    }
    const fields = data.fields[s.kind] ?? [];
    const rows = (s.columns ?? []).map((c) =>
      el('tr', { 'data-column': c.header }, [
        el('td', {}, [c.column]),
        el('td', {}, [c.header]),
        el('td', {}, [
          fields.length === 0
            ? (c.fieldLabel ?? c.field ?? t('unused'))
            : select([{ value: '', label: t('unused') }, ...fields], c.field ?? '', t('field'), (value) =>
                saveMapping(call('sidebarMapColumn', s.name, c.header, value), reload),
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
