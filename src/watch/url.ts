/**
 * One spelling per article address, so the same article reached twice (a tracking parameter, a fragment, an
 * upper-case host, a default port) is recognised as seen before anything is fetched.
 */

/** Query parameters that only say where a reader came from; they never select a different article. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|_ga|igshid|ocid|cmpid)$/i;

/**
 * The normalised absolute http(s) URL, or null when `raw` is not one. Relative URLs resolve against `base` when
 * it is an http(s) URL; against a local file's path they mean nothing and are refused.
 */
export function normaliseUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base && /^https?:\/\//i.test(base) ? base : undefined);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  if (kept.length !== [...u.searchParams].length) {
    u.search = '';
    for (const [k, v] of kept) u.searchParams.append(k, v);
  }
  // URL already lower-cases the host, drops default ports and resolves dot segments
  return u.href;
}

/** The key politeness is counted by: a host's robots.txt and rate limit cover every port's scheme and path. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
