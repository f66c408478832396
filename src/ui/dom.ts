// The view and the pieces every tab builds with: elements, the loading and error states, row links,
// count cards and pickers.

import { t } from './boot';
import { call } from './calls';

export function el<K extends keyof HTMLElementTagNameMap>(
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
export function show(children: readonly (Node | string)[]): void {
  view.replaceChildren();
  for (const child of children) view.append(child);
}

export function showLoading(): void {
  view.replaceChildren(el('div', { class: 'loading' }, [t('loading')]));
}

export function showError(error: unknown, retry: () => void): void {
  const message = error instanceof Error ? error.message : String(error);
  const button = el('button', { class: 'primary', type: 'button' }, [t('retry')]);
  button.addEventListener('click', retry);
  view.replaceChildren(el('div', { class: 'error', role: 'alert' }, [t('error'), message]), button);
}

/** A link that selects the row in the sheet; if that fails, the error offers `retry`. */
export function rowLink(sheet: string, row: number, retry: () => void): HTMLElement {
  const link = el('button', { class: 'link', type: 'button', 'data-sheet': sheet, 'data-row': String(row) }, [
    t('row', { sheet, row }),
  ]);
  link.addEventListener('click', () => {
    call('sidebarSelect', sheet, row).catch((error: unknown) => showError(error, retry));
  });
  return link;
}

export function card(label: string, count: number, tone: string, id: string): HTMLElement {
  return el('div', { class: `card ${count > 0 ? tone : ''}`, 'data-count': id }, [
    el('b', {}, [String(count)]),
    label,
  ]);
}

export function select(
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
