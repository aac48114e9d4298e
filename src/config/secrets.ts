/**
 * Everything secret about a database URL, so it can be masked wherever text leaves the process:
 * the whole URL, the password (raw and percent-decoded), and `user:password` userinfo.
 */
export function secretsOf(raw: string): string[] {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value ? [value] : []; // unparsable: mask it whole
  }
  const secrets = new Set<string>();
  if (url.password) {
    secrets.add(url.password);
    secrets.add(decodeURIComponent(url.password));
  }
  // Query strings carry tokens (sslpassword, access keys): the URL as written is then a secret.
  if (url.password || url.search) secrets.add(value);
  return [...secrets].filter((s) => s.length >= 3);
}

/**
 * `scheme://user:password@`: anchored on `://` (one character of the scheme before it) rather
 * than on the scheme's first letter. A pattern starting `[a-z][a-z0-9+.-]*://` is retried at
 * every letter of a long word and runs in quadratic time; here each scan stops at the next `/`,
 * `@` or whitespace, so the text is read a bounded number of times.
 */
const USERINFO = /(?<=[a-z0-9+.-]):\/\/([^:/@\s]*):[^@\s/]+@/gi;

export class Redactor {
  private readonly secrets: string[];
  constructor(secrets: string[]) {
    this.secrets = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  }
  /** Masks known secrets, and any `scheme://user:password@` that a library may have echoed. */
  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) if (result.includes(secret)) result = result.split(secret).join('***');
    return result.includes('://') ? result.replace(USERINFO, '://$1:***@') : result;
  }
}

/** `postgres://host:5432/db` with the credentials removed, safe to show. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  shown.search = '';
  return shown.href;
}
