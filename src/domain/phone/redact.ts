// The one redaction of secrets in any text the add-on produces (toasts, logs, properties, 诊断,
// e-mail, the command line's stderr and JSON, messages quoting a setting): a webhook address keeps
// its host and path, its token, key and signature replaced; a secret the caller knows is replaced
// wherever it appears, as written or URL-encoded.

/** What a secret is replaced by. */
export const REDACTED = '***';

/** A URL inside a text: a scheme, then the characters a URL is written with (ASCII, no quotes or brackets). */
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]*):\/\/([A-Za-z0-9\-._~:/?#@!$&*+,;=%]+)/gi;

/** `name=value` pairs of a query that carry credentials, also outside a URL (an error quoting a query). */
const CREDENTIAL_PAIR =
  /\b(access_token|accesstoken|token|key|sign|signature|secret|timestamp|hook_id|webhook)=([^&\s"'<>]+)/gi;

/** A path segment that is a credential: long and random-looking (Feishu's /hook/<token>). */
function isTokenSegment(segment: string, previous: string | undefined): boolean {
  if (previous !== undefined && /^hooks?$/i.test(previous) && segment !== '') return true;
  return segment.length >= 16 && /^[A-Za-z0-9_.~%-]+$/.test(segment) && /\d/.test(segment);
}

/** One URL, host and path kept (host in lower case, a port dropped), credentials replaced. */
function redactUrl(scheme: string, rest: string): string {
  const queryAt = rest.search(/[?#]/);
  const authority = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const slash = authority.indexOf('/');
  const hostPort = (slash < 0 ? authority : authority.slice(0, slash)).replace(/^[^@]*@/, '');
  const host = hostPort.replace(/:\d+$/, '').toLowerCase();
  const segments = slash < 0 ? [] : authority.slice(slash + 1).split('/');
  const path = segments.map((s, i) => (isTokenSegment(s, segments[i - 1]) ? REDACTED : s)).join('/');
  const query = queryAt < 0 ? '' : rest.slice(queryAt + 1);
  const names = query
    .split(/[&#]/)
    .map((pair) => pair.split('=')[0] ?? '')
    .filter((name) => name !== '');
  const shownQuery = names.length > 0 ? `?${names.map((n) => `${n}=${REDACTED}`).join('&')}` : '';
  return `${scheme.toLowerCase()}://${host}${slash < 0 ? '' : `/${path}`}${shownQuery}`;
}

/**
 * The text with every URL's credentials replaced (host and path kept, every query value and any
 * token in the path replaced), every credential pair outside a URL replaced, and each of `secrets`
 * replaced wherever it appears (as written or URL-encoded).
 * @example redactSecrets('HTTP 404 for https://OAPI.dingtalk.com:443/robot/send?access_token=abc&sign=x') === 'HTTP 404 for https://oapi.dingtalk.com/robot/send?access_token=***&sign=***'
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    const s = secret.trim();
    // Very short "secrets" would blank ordinary words: a real robot key or secret is long.
    if (s.length < 6) continue;
    for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join(REDACTED);
  }
  out = out.replace(URL_IN_TEXT, (_, scheme: string, rest: string) => redactUrl(scheme, rest));
  return out.replace(CREDENTIAL_PAIR, (match, name: string, value: string) =>
    value === REDACTED ? match : `${name}=${REDACTED}`,
  );
}

/** A webhook as people may see it: its host and path only (`oapi.dingtalk.com/robot/send`). */
export function webhookPlace(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (!m) return REDACTED;
  const host = (m[1] ?? '')
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
  const segments = (m[2] ?? '').split('/').filter((s) => s !== '');
  return [host, ...segments.map((s, i) => (isTokenSegment(s, segments[i - 1]) ? REDACTED : s))].join('/');
}

/** The last four characters of a secret, to show that one is set (`…ab12`). */
export function secretTail(secret: string): string {
  const s = secret.trim();
  return s.length <= 8 ? '…' : `…${s.slice(-4)}`;
}

/**
 * The parts of a webhook that are credentials: every query value and every token-like path
 * segment, with the signing secret, so that a text quoting one of them alone is redacted too.
 */
export function webhookSecrets(url: string, secret = ''): string[] {
  const parts = [secret];
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)(?:\?([^#]*))?/i.exec(url.trim());
  if (m) {
    const segments = (m[1] ?? '').split('/').filter((s) => s !== '');
    segments.forEach((s, i) => {
      if (isTokenSegment(s, segments[i - 1])) parts.push(s);
    });
    for (const pair of (m[2] ?? '').split('&')) {
      const value = pair.slice(pair.indexOf('=') + 1);
      if (pair.includes('=') && value !== '') parts.push(value, safeDecode(value));
    }
  }
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
