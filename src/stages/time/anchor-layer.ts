/**
 * What the stage tells about its anchor: the `timeAnchor` layer (value, how it was found, where the text says it)
 * and an info message when the article has no publication date, so a reader knows what "أمس" was read against.
 */
import type { Doc } from '../../model/document.js';
import { message, type Message } from '../../model/message.js';
import type { ChosenAnchor } from './anchor.js';
import type { Candidate, TimeAnchorLayer } from './types.js';

/** Maps a candidate to its body range; the stage's own, so that spans are computed one way. */
export type BodyRange = (c: Candidate) => [number, number];

export function anchorLayer(doc: Readonly<Doc>, bodyRange: BodyRange, chosen: ChosenAnchor): TimeAnchorLayer {
  const a = chosen.anchor;
  const value = a ? [a.y, a.m, a.d].filter((x) => x !== undefined).map((x, i) => String(x).padStart(i ? 2 : 4, '0')).join('-') : null;
  let span: TimeAnchorLayer['span'] = chosen.by.startsWith('published') ? (doc.published?.span ?? null) : null;
  if (chosen.from) {
    const [bs, be] = bodyRange(chosen.from);
    const [start, end] = doc.body.toSource(bs, be);
    span = { start, end };
  }
  return { value, by: chosen.by, span };
}

export function anchorMessages(doc: Readonly<Doc>, bodyRange: BodyRange, chosen: ChosenAnchor): Message[] {
  if (chosen.by === 'published') return [];
  if (chosen.by.startsWith('published:')) {
    return [message('time/inferred-anchor', `no publication date stated: relative times are resolved against ${anchorLayer(doc, bodyRange, chosen).value}, inferred (${chosen.by.slice(10)})`, { severity: 'info', origin: doc.source.origin, by: 'time' })];
  }
  if (!chosen.anchor) {
    return [message('time/no-anchor', 'no publication date and no full date in the text: relative times (أمس، الاثنين، العام الماضي) are left without a value', { severity: 'info', origin: doc.source.origin, by: 'time' })];
  }
  const layer = anchorLayer(doc, bodyRange, chosen);
  const where = layer.span ? doc.source.text.slice(layer.span.start, layer.span.end) : '';
  return [
    message('time/inferred-anchor', `no publication date: relative times are resolved against ${layer.value}, the date "${where}" the article gives (${chosen.by})`, {
      severity: 'info',
      origin: doc.source.origin,
      by: 'time',
      ...(layer.span ? { span: layer.span } : {}),
    }),
  ];
}
