// The benchmark's corpus, generated at run time from text we may use: the demo articles (written for this project)
// and, when ../shared is beside the repository, ANERcorp's news sentences (read from there, never copied into the
// repository). A newsroom's feed is many stories of a few to a few dozen articles each, so the corpus is too:
//
//   - every base text (a demo article, or a run of consecutive ANERcorp sentences, which come from one news item)
//     is one story;
//   - each article of a story is an outlet's copy of its base: its own site header and date line, the paragraphs
//     after the lead in another order, one sentence left out, the numbers changed;
//   - a run of N articles uses about N / STORY_SIZE stories, and once every base is in use the stories grow
//     instead (about 430 bases: beyond ~3,500 articles the stories are larger than STORY_SIZE).
//
// largeStories() is the old corpus, kept as the hard case: the seven demo articles only, so N articles fall into
// a handful of stories of about N / 5 near-copies each.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Articles per story while there are bases left. */
export const STORY_SIZE = 8;
/** Sentences in a base text cut from ANERcorp. */
const SENTENCES_PER_BASE = 12;

// outlets invented for the benchmark
const OUTLETS = ['الأفق الجديد', 'صوت الضفتين', 'منبر المشرق', 'رصيف الأخبار', 'نافذة العرب', 'الحدث اليوم', 'مرايا الخبر', 'البوصلة', 'شرفة الخليج', 'ميدان الخبر', 'الراصد', 'جسر الأنباء'];
const SHARE = ['شارك عبر', 'فيسبوك', 'تويتر', 'واتساب', 'نسخ الرابط'];

/** ANERcorp's tokens rejoined as running text (its punctuation stands apart from the words). */
function detokenize(tokens) {
  return tokens
    .join(' ')
    .replace(/\s+([.,:;!?)\]،؛؟»])/g, '$1')
    .replace(/([(\[«])\s+/g, '$1')
    .replace(/"\s+([^"]*?)\s+"/g, '"$1"');
}

function conllSentences(file) {
  const out = [];
  let cur = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    cur.push(t.split(/\s+/)[0]);
  }
  if (cur.length) out.push(cur);
  return out.map(detokenize).filter((s) => s.split(' ').length >= 4);
}

/** Base texts cut from ANERcorp, each a title (the lead's first words) and its sentences. */
function anercorpBases(root) {
  const dir = join(root, '..', 'shared', 'data', 'anercorp');
  const files = ['train.txt', 'test.txt'].map((f) => join(dir, f)).filter(existsSync);
  const sentences = files.flatMap(conllSentences);
  const bases = [];
  for (let i = 0; i + SENTENCES_PER_BASE <= sentences.length; i += SENTENCES_PER_BASE) {
    const run = sentences.slice(i, i + SENTENCES_PER_BASE);
    const title = run[0].split(' ').slice(0, 9).join(' ').replace(/[.,:،؛]+$/, '');
    bases.push({ kind: 'sentences', title, sentences: run });
  }
  return bases;
}

function demoPages(root) {
  const dir = join(root, 'demo', 'corpus');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

const pad = (n) => String(n).padStart(2, '0');
function dateLine(day) {
  const d = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000);
  return `تاريخ النشر: ${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} - ${pad(8 + (day % 12))}:${pad((day * 7) % 60)}`;
}
const shiftNumbers = (text, by) => text.replace(/\d+/g, (d) => String((Number(d) + by) % 10000));

/** A demo article's copy: its header kept, its body lines rotated, its numbers changed (the old generator). */
function demoCopy(page, v) {
  const lines = page.split('\n');
  const head = lines.slice(0, 6);
  const body = lines.slice(6);
  const k = body.length ? v % body.length : 0;
  return shiftNumbers([...head, ...body.slice(k), ...body.slice(0, k)].join('\n'), v);
}

/** An outlet's copy of a base cut from ANERcorp. */
function sentencesCopy(base, s, v) {
  const outlet = OUTLETS[(s + v) % OUTLETS.length];
  const [lead, ...rest] = base.sentences;
  // one sentence left out (not the lead), the rest in paragraphs of two, rotated
  const kept = v === 0 ? rest : rest.filter((_, j) => j !== v % rest.length);
  const paragraphs = [];
  for (let j = 0; j < kept.length; j += 2) paragraphs.push(kept.slice(j, j + 2).join(' '));
  const k = paragraphs.length ? v % paragraphs.length : 0;
  const body = [lead, ...paragraphs.slice(k), ...paragraphs.slice(0, k)];
  const text = ['الرئيسية', outlet, base.title, dateLine(s * 3 + (v % 4)), ...SHARE, ...body, 'اقرأ أيضا'].join('\n');
  return shiftNumbers(text, v);
}

/** A corpus of realistic story sizes: `article(i)` is the text of article i of a run of `n`. */
export function mixedCorpus(root, n) {
  const bases = [...demoPages(root).map((page) => ({ kind: 'demo', page })), ...anercorpBases(root)];
  const stories = Math.max(1, Math.min(bases.length, Math.round(n / STORY_SIZE)));
  return {
    bases: bases.length,
    stories,
    article(i) {
      const s = i % stories;
      const v = Math.floor(i / stories);
      const base = bases[s];
      return base.kind === 'demo' ? demoCopy(base.page, v) : sentencesCopy(base, s, v);
    },
  };
}

/** The hard case: the demo articles only, so every story holds about a fifth of the run. */
export function largeStories(root) {
  const pages = demoPages(root);
  return { article: (i) => demoCopy(pages[i % pages.length], i) };
}

/** HTML pages of the demo articles, each line a paragraph of the article, with a site header and footer. */
export function demoHtmlPages(root, titles = []) {
  return demoPages(root).map((page, k) => {
    const lines = page.split('\n').filter((l) => l.trim());
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const nav = ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'اتصل بنا'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('');
    return [
      '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
      `<title>${esc(titles[k] ?? '')}</title></head><body>`,
      `<header class="site-header"><nav><ul>${nav}</ul></nav></header>`,
      `<main><article id="story-${k}">`,
      ...lines.map((l) => `<p>${esc(l)}</p>`),
      '</article></main>',
      '<footer><p>جميع الحقوق محفوظة</p></footer></body></html>',
    ].join('\n');
  });
}
