/**
 * robots.txt as RFC 9309 reads it: the group whose user-agent matches ours most specifically (else `*`), and
 * within it the longest matching Allow/Disallow pattern wins, Allow on a tie; `*` matches any run, `$` anchors
 * the end. Pure: the fetching and caching live in the client.
 */

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
  /** Seconds between requests the site asks for (a common extension), when given. */
  crawlDelay?: number;
}

export interface Robots {
  groups: RobotsGroup[];
}

export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      // consecutive user-agent lines share one group
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // an empty Disallow allows everything: it adds no rule
      if (value) current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  return { groups };
}

/** The group that applies to `agent` (a product token such as `marsad`): the longest matching name, else `*`. */
export function groupFor(robots: Robots, agent: string): RobotsGroup | null {
  const token = agent.toLowerCase();
  let best: RobotsGroup | null = null;
  let bestLen = -1;
  for (const g of robots.groups) {
    for (const a of g.agents) {
      const len = a === '*' ? 0 : token.startsWith(a) ? a.length : -1;
      if (len > bestLen) (best = g), (bestLen = len);
    }
  }
  if (!best) return null;
  // several groups may name the same agent: RFC 9309 merges them
  const same = robots.groups.filter((g) => g.agents.some((a) => (bestLen === 0 ? a === '*' : a.length === bestLen && token.startsWith(a))));
  return { agents: best.agents, rules: same.flatMap((g) => g.rules), ...(best.crawlDelay !== undefined ? { crawlDelay: best.crawlDelay } : {}) };
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + re + (anchored ? '$' : '')).test(path);
}

/** Percent-encodes what a browser would, so `/أخبار` in robots.txt matches the request path `/%D8%A3…`. */
function canonicalPath(p: string): string {
  try {
    return encodeURI(decodeURI(p));
  } catch {
    return p;
  }
}

/** Whether `pathAndQuery` (`/news/1?x=2`) may be fetched by `agent`. */
export function isAllowed(robots: Robots, agent: string, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  const group = groupFor(robots, agent);
  if (!group) return true;
  const path = canonicalPath(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const r of group.rules) {
    if (!matches(canonicalPath(r.pattern), path)) continue;
    if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
  }
  return best ? best.allow : true;
}
