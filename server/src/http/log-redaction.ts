const CENSOR = '[Redacted]';

/**
 * An address as the log may show it: the path and the names of its query parameters, not
 * their values. Values can be secrets: the wall is opened as `/?token=<screen token>`, and
 * a GraphQL GET carries its variables (and literals) in the query string.
 */
export function withoutQueryValues(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => pair.split('=')[0]!)
    // A name that is not a plain identifier may itself be a pasted secret.
    .map((name) => `${/^[A-Za-z_][\w.-]{0,31}$/.test(name) ? name : CENSOR}=${CENSOR}`);
  return `${url.slice(0, at)}?${names.join('&')}`;
}

/**
 * pino redaction for the server's logger: request addresses keep only their parameter
 * names, and credentials in headers are censored should headers ever be logged.
 */
export const logRedaction = {
  paths: ['req.url', 'req.headers.authorization', 'req.headers.cookie'],
  censor: (value: unknown, path: string[]) => (path.join('.') === 'req.url' && typeof value === 'string' ? withoutQueryValues(value) : CENSOR),
};
