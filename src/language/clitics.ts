/**
 * Light clitic segmentation: the proclitics written joined to an Arabic word (و، ف conjunctions; ب، ل، ك
 * prepositions; ال the article; لل for ل + ال). Stripping a bare و or ب is ambiguous (وزير، بغداد, لبنان begin
 * with the same letters), so the primary analysis only splits what the article anchors (وبال… ، لل… ، فال…);
 * {@link cliticAnalyses} lists the other readings for stages that can check them against a lexicon.
 * Works on normalised words (see normalize.ts).
 */

export interface CliticAnalysis {
  prefixes: string[];
  stem: string;
  /** Units of the normalised word taken by the prefixes. */
  prefixLength: number;
}

const MIN_STEM = 2;

/** The safe analysis of a normalised word: proclitics split only where the definite article anchors them. */
export function splitClitics(word: string): CliticAnalysis {
  let i = 0;
  const prefixes: string[] = [];
  if ((word[0] === 'و' || word[0] === 'ف') && anchored(word, 1)) {
    prefixes.push(word[0]);
    i = 1;
  }
  if ((word[i] === 'ب' || word[i] === 'ك') && word.startsWith('ال', i + 1) && word.length - (i + 3) >= MIN_STEM) {
    prefixes.push(word[i]!, 'ال');
    i += 3;
  } else if (word.startsWith('لل', i) && word.length - (i + 2) >= MIN_STEM) {
    // لل = ل + ال with the article's alef dropped (للولايات، للطرفين)
    prefixes.push('ل', 'ال');
    i += 2;
  } else if (word.startsWith('ال', i) && word.length - (i + 2) >= MIN_STEM) {
    prefixes.push('ال');
    i += 2;
  }
  return { prefixes, stem: word.slice(i), prefixLength: i };
}

/** Whether a definite article (possibly after ب/ك, or as لل) begins at `i`. */
function anchored(word: string, i: number): boolean {
  const rest = word.length - i;
  if (word.startsWith('ال', i)) return rest - 2 >= MIN_STEM;
  if (word.startsWith('لل', i)) return rest - 2 >= MIN_STEM;
  if ((word[i] === 'ب' || word[i] === 'ك') && word.startsWith('ال', i + 1)) return rest - 3 >= MIN_STEM;
  return false;
}

/**
 * Every plausible reading of a normalised word, the safe one first: also a bare conjunction (وقال → و + قال),
 * a bare preposition (بواشنطن → ب + واشنطن), or both, when at least three letters remain.
 */
export function cliticAnalyses(word: string): CliticAnalysis[] {
  const out: CliticAnalysis[] = [splitClitics(word)];
  const seen = new Set([out[0]!.stem]);
  const push = (prefixes: string[], length: number) => {
    const stem = word.slice(length);
    if (stem.length < 3 || seen.has(stem)) return;
    seen.add(stem);
    const inner = splitClitics(stem);
    out.push({ prefixes: [...prefixes, ...inner.prefixes], stem: inner.stem, prefixLength: length + inner.prefixLength });
  };
  const conj = word[0] === 'و' || word[0] === 'ف';
  if (conj) push([word[0]!], 1);
  const p = conj ? 1 : 0;
  if ('بلك'.includes(word[p] ?? '')) push(conj ? [word[0]!, word[p]!] : [word[p]!], p + 1);
  return out;
}
