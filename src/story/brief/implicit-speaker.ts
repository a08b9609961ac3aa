/**
 * A brief sentence whose clause leaves its speaker to the sentence before (وأضاف أن …، مشيراً إلى أن …): the
 * speaker the quote stage found is put after the verb, so the sentence says whose words they are on its own.
 */
import { mention, type Mention, type QuoteLayerItem } from '../../outputs/dossier.js';
import type { Unit } from './units.js';

/**
 * The brief sentence with the speaker put after its verb, when the clause opens on a reporting verb whose speaker
 * the quote stage took from an earlier sentence (وأضاف أن … → أضاف بري أن …), and the speaker's mention to cite.
 */
export function implicitSpeaker(unit: Unit, a: number, text: string): { text: string; cite: Mention } | null {
  const doc = unit.doc;
  const quotes = (doc.layers.quotes as QuoteLayerItem[] | undefined) ?? [];
  const first = unit.tokens[a];
  if (!first) return null;
  const q = quotes.find((x) => {
    const cue = x['cueSpan'] as [number, number] | null | undefined;
    return x['attributed'] === 'implicit' && !!cue && cue[0] >= first.start && cue[0] < (unit.tokens[a + 1]?.end ?? first.end);
  });
  const speaker = q?.speaker.text ? speakerOf(unit, q) : null;
  if (!q || !speaker) return null;
  const cue = q['cueSpan'] as [number, number];
  // the verb as the sentence writes it, without the و/ف the brief drops
  const written = doc.source.text.slice(cue[0], cue[1]).replace(/^[وف](?=\p{L}{3})/u, '');
  // the brief's wording may drop the tanween (لافتاً → لافتا)
  const verb = [written, written.replace(/[\u064B-\u0652]/gu, '')].find((x) => text.startsWith(x + ' '));
  if (!verb) return null;
  // a circumstantial participle (مشيراً إلى أن …) opens no sentence: its verb in the past does (أشار فلان إلى أن …),
  // feminine for a feminine participle (مشيرةً → أشارت)
  const lemma = typeof q['lemma'] === 'string' ? q['lemma'] : null;
  const said = q['form'] === 'participle' && lemma ? (/ة[\u064B-\u0652]*$/u.test(verb) ? `${lemma}ت` : lemma) : verb;
  return { text: `${said} ${speaker.name} ${text.slice(verb.length + 1)}`, cite: speaker.cite };
}

/**
 * A clause taken from inside someone's quoted words (…، بينما تطالب قوى الإطار بانسحاب كامل"): the sentence would
 * state as fact what the speaker said, so it ends by naming them (…، بحسب سرمد البياتي.), in the words of the
 * place the text names them, cited. Null when the clause holds its own reporting verb or lies outside any quote.
 */
export function quotedSpeaker(unit: Unit, span: { start: number; end: number }, text: string): { text: string; cite: Mention } | null {
  const doc = unit.doc;
  const quotes = (doc.layers.quotes as QuoteLayerItem[] | undefined) ?? [];
  const q = quotes.find((x) => {
    const cue = x['cueSpan'] as [number, number] | null | undefined;
    // (the clause may end on the quotation's closing mark, one unit past its words)
    return x.start <= span.start && span.end <= x.end + 1 && !(cue && cue[0] >= span.start && cue[0] < span.end);
  });
  const speaker = q ? speakerOf(unit, q) : null;
  if (!speaker) return null;
  return { text: `${text.replace(/\.$/, '')}، بحسب ${speaker.name}.`, cite: speaker.cite };
}

/**
 * The speaker in the words of the place cited for them (وقال بري … وأضاف أن: «بري»), so the citation holds them,
 * and that place; null for a speaker the quote stage placed nowhere, or a phrase too long to be a name.
 */
function speakerOf(unit: Unit, q: QuoteLayerItem): { name: string; cite: Mention } | null {
  const { start, end } = q.speaker;
  if (start === undefined || end === undefined) return null;
  const name = unit.doc.source.text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!name || name.length > 40) return null;
  return { name, cite: mention(unit.doc, { start, end }) };
}
