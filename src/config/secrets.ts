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
    // A `%` that is not percent-encoding (`Ab100%`) is masked as written; the URL's reader says what is wrong with it.
    secrets.add(decodedOrAsIs(url.password));
  }
  // Query strings carry tokens (sslpassword, access keys): the URL as written is then a secret,
  // and so is each value of a parameter named for one.
  if (url.password || url.search) secrets.add(value);
  for (const [name, parameter] of url.searchParams) if (/pass|secret|token|key/i.test(name) && parameter) secrets.add(parameter);
  return [...secrets].filter((s) => s.length >= 3);
}

export const PERCENT_HINT = 'Percent-encode the special characters of the user and password: `%` as %25, `@` as %40, `:` as %3A, `/` as %2F (encodeURIComponent does it).';

/**
 * What in a URL's user or password is not valid percent-encoding (a bare `%`, as in `Ab100%`):
 * every driver would fail to decode it, after the value had been sent around. Names the part,
 * never its value.
 */
export function undecodableUserinfo(url: URL): 'user' | 'password' | null {
  for (const [part, text] of [['user', url.username], ['password', url.password]] as const) {
    try {
      decodeURIComponent(text);
    } catch {
      return part;
    }
  }
  return null;
}

function decodedOrAsIs(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
