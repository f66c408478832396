// What the server wrote into the page (window.__KEFU__): the user's language and the sidebar's labels.

import { fillTemplate } from '../domain/template';

interface Boot {
  lang: 'zh' | 'zh-TW' | 'zh-HK' | 'en';
  labels: Record<string, string>;
}

export const boot = (window as unknown as { __KEFU__: Boot }).__KEFU__;

/** A label of the message catalogue, with `{name}` placeholders filled. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  return fillTemplate(boot.labels[key] ?? key, params);
}
