// The sidebar's client (bundled into the sidebar's HTML by scripts/build.mjs): the tab bar,
// and each tab's server call and drawing. No framework. The pieces live beside it: boot.ts (language
// and labels), calls.ts (google.script.run), dom.ts (view and widgets), charts.ts, tabs/ one per tab.

import { boot, t } from './boot';
import { call } from './calls';
import { el, showError, showLoading } from './dom';
import { renderOverview } from './tabs/overview';
import { renderRecognition } from './tabs/recognition';
import { renderRules } from './tabs/rules';
import { loadScores, renderScores } from './tabs/scores';

type Tab = 'overview' | 'scores' | 'recognition' | 'rules';

/** The tab bar, in order: each tab's button (its data-tab, as the page and its tests know it) and label. */
const TABS: readonly { tab: Tab; dataTab: string; label: string }[] = [
  { tab: 'overview', dataTab: 'overview', label: 'tab_overview' },
  { tab: 'scores', dataTab: 'scores', label: 'tab_scores' },
  { tab: 'recognition', dataTab: 'sheets', label: 'tab_sheets' },
  { tab: 'rules', dataTab: 'rules', label: 'tab_rules' },
];

const tabs = document.querySelector('.tabs') as HTMLElement;
const buttons = new Map<Tab, HTMLButtonElement>();
let current: Tab = 'overview';

/** Asks the server for a tab's data and draws it. */
function load(tab: Tab): Promise<void> {
  const reload = () => render(tab);
  switch (tab) {
    case 'overview':
      return call('sidebarOverview').then((d) => renderOverview(d, () => render(current)));
    case 'scores':
      return loadScores().then((d) => renderScores(d, reload));
    case 'recognition':
      return call('sidebarRecognition').then((d) => renderRecognition(d, reload));
    case 'rules':
      return call('sidebarRules').then(renderRules);
  }
}

/** Selects a tab and shows it: loading, then its data, or the error with a retry. */
function render(tab: Tab): void {
  current = tab;
  for (const [name, button] of buttons) button.setAttribute('aria-selected', String(name === tab));
  showLoading();
  load(tab).catch((e: unknown) => showError(e, () => render(tab)));
}

document.documentElement.lang = boot.lang === 'zh' ? 'zh-CN' : boot.lang;
for (const { tab, dataTab, label } of TABS) {
  const button = el('button', { type: 'button', role: 'tab', 'data-tab': dataTab }, [t(label)]);
  button.addEventListener('click', () => render(tab));
  tabs.append(button);
  buttons.set(tab, button);
}
render('overview');
