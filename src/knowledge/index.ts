/**
 * Knowledge the project writes: small data files in this folder, loaded once and normalised for matching.
 */
import { normalize } from '../language/normalize.js';
import agencies from './agencies.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };

/** Every name an agency goes by: its canonical name first (a data file need not repeat it), then its aliases. */
export function agencyNames(a: { name: string; aliases: readonly string[] }): string[] {
  return [...new Set([a.name, ...a.aliases])];
}

/** Normalised alias → canonical agency name. */
export const AGENCY_ALIASES: ReadonlyMap<string, string> = new Map(
  agencies.agencies.flatMap((a) => agencyNames(a).map((alias) => [normalize(alias), a.name] as [string, string])),
);

export const DATELINE_PLACES: ReadonlySet<string> = new Set(places.places.map(normalize));

/** The agency a name refers to, if it is one (وكالة رويترز، أ ف ب …). */
export function agencyOf(name: string): string | null {
  const n = normalize(name).trim();
  return AGENCY_ALIASES.get(n) ?? AGENCY_ALIASES.get(n.replace(/^وكاله\s+/, '')) ?? null;
}
