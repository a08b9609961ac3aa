/**
 * Which network addresses the watcher refuses to fetch from: a feed may list any URL, and without this check a
 * hostile feed could make Marsad read loopback services, the cloud metadata endpoint or the local network.
 */
import { isIP } from 'node:net';

/** Why an address is refused, or null when it is a public address. */
export function privateRange(address: string): string | null {
  const kind = isIP(address);
  if (kind === 4) return privateV4(address);
  if (kind === 6) return privateV6(address);
  return 'not an IP address';
}

function privateV4(address: string): string | null {
  const [a, b] = address.split('.').map(Number) as [number, number, number, number];
  if (a === 0) return '0.0.0.0/8 (this host)';
  if (a === 127) return '127.0.0.0/8 (loopback)';
  if (a === 10) return '10.0.0.0/8 (private)';
  if (a === 172 && b >= 16 && b <= 31) return '172.16.0.0/12 (private)';
  if (a === 192 && b === 168) return '192.168.0.0/16 (private)';
  if (a === 169 && b === 254) return '169.254.0.0/16 (link-local)';
  if (a === 100 && b >= 64 && b <= 127) return '100.64.0.0/10 (carrier-grade NAT)';
  if (a >= 224) return 'multicast or reserved';
  return null;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a trailing dotted IPv4 part folded in). */
function groupsV6(address: string): number[] {
  let s = address.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    s = s.slice(0, v4.index) + ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16);
  }
  const [head, tail] = s.includes('::') ? (s.split('::') as [string, string]) : [s, null];
  const h = head ? head.split(':') : [];
  const t = tail === null ? [] : tail ? tail.split(':') : [];
  const fill = tail === null ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

function privateV6(address: string): string | null {
  const g = groupsV6(address);
  if (g.every((x) => x === 0)) return ':: (unspecified)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return '::1 (loopback)';
  // ::ffff:a.b.c.d and the older ::a.b.c.d carry an IPv4 address: judge that one
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
    const why = privateV4(v4);
    return why ? `IPv4-mapped ${why}` : null;
  }
  if ((g[0]! & 0xfe00) === 0xfc00) return 'fc00::/7 (unique local)';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'fe80::/10 (link-local)';
  if ((g[0]! & 0xff00) === 0xff00) return 'ff00::/8 (multicast)';
  return null;
}
