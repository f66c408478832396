// The 群机器人设置 dialog: what is kept (platform, host and path, the secret's last characters),
// two fields and the buttons that call the server. The webhook and secret are never sent to the
// page: it only sends what is typed.

import { type Lang, message } from '../domain/i18n/messages';
import type { RobotSettingsJson } from './robot-settings';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The words the page needs, in the user's language. */
function labels(lang: Lang): Record<string, string> {
  const keys = [
    'robot.dialog_intro',
    'robot.dialog_url',
    'robot.dialog_url_hint',
    'robot.dialog_secret',
    'robot.dialog_secret_hint',
    'robot.dialog_save',
    'robot.dialog_remove',
    'robot.dialog_move',
    'robot.dialog_none',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k.replace('robot.dialog_', ''), message(lang, k)]));
}

/** The state line: what is kept now. */
export function robotStateLines(state: RobotSettingsJson, lang: Lang): string[] {
  if (!state.configured) return [message(lang, 'robot.dialog_none')];
  return [
    message(lang, 'robot.dialog_current', { platform: state.platform, place: state.place }),
    state.secret
      ? message(lang, 'robot.dialog_secret_set', { tail: state.secret })
      : message(lang, 'robot.dialog_secret_none'),
  ];
}

/** What the dialog shows, worded: the state lines, the warning about cells, a note on what was done. */
export interface RobotDialogState {
  readonly lines: readonly string[];
  readonly inCells: string | null;
  readonly note: string;
}

export function dialogState(state: RobotSettingsJson, lang: Lang): RobotDialogState {
  return { lines: robotStateLines(state, lang), inCells: state.inCells, note: state.note };
}

/** The dialog's page, its first state in place (every later state comes from the server, worded). */
export function robotSettingsPage(state: RobotDialogState, lang: Lang): string {
  const t = labels(lang);
  const boot = JSON.stringify(state).replace(/</g, '\\u003c');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
    'body{font:13px "WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:8px;color:#202124}',
    'label{display:block;margin-top:10px}input{width:100%;box-sizing:border-box;padding:4px}',
    '#warn{color:#a50e0e}#note{color:#0d652d}button{margin:12px 8px 0 0}',
    '</style></head><body>',
    `<p>${escapeHtml(t.intro ?? '')}</p>`,
    '<div id="state"></div><p id="warn"></p>',
    `<label>${escapeHtml(t.url ?? '')}<input id="url" type="url" autocomplete="off" placeholder="${escapeHtml(t.url_hint ?? '')}"></label>`,
    `<label>${escapeHtml(t.secret ?? '')}<input id="secret" type="password" autocomplete="off" placeholder="${escapeHtml(t.secret_hint ?? '')}"></label>`,
    `<button id="save">${escapeHtml(t.save ?? '')}</button>`,
    `<button id="remove">${escapeHtml(t.remove ?? '')}</button>`,
    `<button id="move" hidden>${escapeHtml(t.move ?? '')}</button>`,
    '<p id="note"></p>',
    '<script>',
    `var state=${boot};`,
    'function show(s){var box=document.getElementById("state");box.textContent="";',
    's.lines.forEach(function(l){var p=document.createElement("div");p.textContent=l;box.appendChild(p);});',
    'document.getElementById("warn").textContent=s.inCells||"";',
    'document.getElementById("move").hidden=!s.inCells;',
    'document.getElementById("note").textContent=s.note||"";',
    'document.getElementById("url").value="";document.getElementById("secret").value="";}',
    'function fail(e){document.getElementById("note").textContent=(e&&e.message)||String(e);}',
    'function run(){return google.script.run.withSuccessHandler(function(s){show(s)}).withFailureHandler(fail);}',
    'document.getElementById("save").onclick=function(){run().robotSettingsSave(document.getElementById("url").value,document.getElementById("secret").value);};',
    'document.getElementById("remove").onclick=function(){run().robotSettingsRemove();};',
    'document.getElementById("move").onclick=function(){run().robotSettingsMove();};',
    'show(state);',
    '</script></body></html>',
  ].join('');
}
