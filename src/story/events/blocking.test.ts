/**
 * Merging with blocks and classes of alike groups (blocking.ts) must give exactly the groups that scoring every
 * report against every group gives. The reference below is that scan, over the same score; both run on stories
 * written for these tests, one of them many near-copies of a few articles (alike groups that do not merge, the
 * case classes exist for), with dated, weekday-only and undated reports, headlines and denials.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOf, type TestArticle } from '../quantities/test-story.js';
import { intersect } from './dates.js';
import { dateRarityOf, groupReports, score, type Group } from './merge.js';
import { rarity, storyReports, type Report } from './reports.js';
import { GroupIndex } from './blocking.js';

/** The merge as it was before blocking: every report scored against every group, in order. */
function scanAll(reports: readonly Report[]): Group[] {
  const rare = rarity(reports);
  const dateRarity = dateRarityOf(reports);
  const groups: Group[] = [];
  const spread = (r: Report) => (r.interval ? r.interval.hi - r.interval.lo + 1 : r.weekday !== null ? 100_000 : 200_000);
  const order = [...reports].sort((a, b) => Number(a.item.light) - Number(b.item.light) || spread(a) - spread(b));
  for (const r of order) {
    let best: Group | undefined;
    let top = -Infinity;
    let second = -Infinity;
    for (const g of groups) {
      const s = score(r, g, rare, dateRarity);
      if (!best) {
        best = g;
        top = s;
      } else if (s > top) {
        second = top;
        best = g;
        top = s;
      } else if (s > second) second = s;
    }
    const undated = r.interval === null && r.weekday === null;
    const clear = !undated || groups.length < 2 || top - second >= 0.25;
    if (best && top >= 2.5 && clear) {
      best.reports.push(r);
      if (!undated) best.core.push(r);
      if (r.interval) best.interval = best.interval ? intersect(best.interval, r.interval) : r.interval;
      if (best.weekday === null) best.weekday = r.weekday;
    } else if (!r.item.light) groups.push({ reports: [r], core: [r], interval: r.interval, weekday: r.weekday });
  }
  return groups;
}

const shape = (groups: readonly Group[]) => groups.map((g) => g.reports.map((r) => `${r.doc.id}:${r.item.start}-${r.item.end}:${r.item.type}`));

const ARTICLES: TestArticle[] = [
  {
    id: 'a',
    outlet: 'صحيفة الساحل',
    published: '2024-05-16',
    title: 'وزيرا خارجية مصر وليبيا يبحثان أمن الحدود',
    body: [
      'التقى وزير الخارجية المصري نظيره الليبي في الإسكندرية أمس الأربعاء وبحثا تأمين الحدود المشتركة.',
      'وكان الوزيران قد اجتمعا في طرابلس الشهر الماضي لبحث ملف الطاقة.',
      'ونفت وزارة الداخلية الليبية وقوع هجوم على معبر حدودي قرب مدينة السلوم.',
    ].join('\n'),
  },
  {
    id: 'b',
    outlet: 'موقع المغرب العربي',
    published: '2024-05-15',
    title: 'مباحثات مصرية ليبية في الإسكندرية',
    body: [
      'اجتمع وزير الخارجية المصري مع نظيره الليبي اليوم في الإسكندرية لمناقشة تأمين الحدود ومكافحة التهريب.',
      'وهاجم مسلحون نقطة تفتيش قرب الحدود يوم 12 أيار 2024 بقذائف الهاون.',
    ].join('\n'),
  },
  {
    id: 'c',
    outlet: 'إذاعة الشمال',
    title: 'لقاء مصري ليبي حول الحدود',
    body: [
      'وعقد وزيرا خارجية مصر وليبيا لقاء في الإسكندرية الأربعاء تناول تأمين الحدود ومكافحة التهريب.',
      'وتعقد لجان أمنية من البلدين اجتماعات دورية لبحث تأمين الحدود المشتركة.',
      'ويزور وزير الداخلية المصري طرابلس الأسبوع المقبل لبحث ملف الهجرة.',
    ].join('\n'),
  },
];

test('blocking: the events of a small story merge exactly as when every report meets every group', () => {
  const { docs, entities } = storyOf(ARTICLES);
  const reports = storyReports(docs, entities);
  assert.ok(reports.length >= 6, 'the story has reports to merge');
  const blocked = groupReports(reports, rarity(reports));
  assert.deepEqual(shape(blocked), shape(scanAll(storyReports(docs, entities))));
  // the meeting is one group across the three outlets, so the comparison is not of singletons only
  assert.ok(blocked.some((g) => new Set(g.reports.map((r) => r.doc.id)).size >= 2));
});

test('blocking: near-copies of a few articles (alike groups that tie and stay apart) merge as a full scan does', () => {
  // ten copies of each article, under other ids and outlets, with the date of the dated ones moved by a day now
  // and then: many alike groups, some not alike
  const copies: TestArticle[] = [];
  for (let k = 0; k < 10; k++) {
    for (const a of ARTICLES) {
      const published = a.published && k % 3 === 0 ? a.published.replace(/\d\d$/, (d) => String(Number(d) + 1)) : a.published;
      copies.push({ ...a, id: `${a.id}${k}`, outlet: `${a.outlet} ${k % 4}`, ...(published ? { published } : {}) });
    }
  }
  const { docs, entities } = storyOf(copies);
  const reports = storyReports(docs, entities);
  const blocked = groupReports(reports, rarity(reports));
  const scanned = scanAll(storyReports(docs, entities));
  assert.equal(blocked.length, scanned.length);
  assert.deepEqual(shape(blocked), shape(scanned));
  assert.ok(blocked.some((g) => new Set(g.reports.map((r) => r.doc.id)).size >= 5), 'copies of one report merge');
});

/**
 * The index itself against a scan, on made-up groups: few kinds of group (so that many are alike and their
 * scores tie), reports of articles that some groups hold, and a score that reads what the index promises it
 * reads (block, interval, core keys and words, the report's own article). The best group, the top score and the
 * runner-up's must be the scan's for every report.
 */
test('blocking: the pick of the index is the pick of a scan, ties and own-article groups included', () => {
  interface M {
    doc: { id: string };
    key: string;
    words: string[];
  }
  interface G {
    interval: { lo: number; hi: number } | null;
    weekday: number | null;
    core: M[];
    type: string;
    flags: string;
  }
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const member = (): M => ({ doc: { id: `d${rand(6)}` }, key: `k${rand(2)}`, words: [`w${rand(2)}`] });
  const index = new GroupIndex<G, M>(
    (o) => `${o.key}|${o.words.join(",")}`,
    (g) => ({ flags: new Set([g.flags]), types: new Set([g.type]), families: new Set() }),
    (o) => o.words,
  );
  const groups: G[] = [];
  const coreKey = (g: G) => g.core.map((o) => `${o.key}|${o.words.join(",")}`).sort().join(";");
  for (let trial = 0; trial < 400; trial++) {
    const r: M = member();
    const type = `t${rand(2)}`;
    const interval = rand(3) ? { lo: rand(3), hi: 0 } : null;
    if (interval) interval.hi = interval.lo + rand(2);
    const tokens = rand(2) ? [`w${rand(2)}`] : null;
    const scoreOf = (g: G): number => {
      if (g.type !== type || g.flags !== 'f') return -Infinity;
      if (interval && g.interval && !intersect(interval, g.interval)) return -Infinity;
      if (tokens && !g.core.some((o) => o.words.some((w) => tokens.includes(w)))) return -Infinity;
      // coarse levels, so that unlike groups tie too; a group holding the report's article scores otherwise
      let s = (coreKey(g).length + (g.interval?.lo ?? 0) + r.key.length) % 3;
      if (g.core.some((o) => o.doc.id === r.doc.id)) s += 0.5 * (1 + rand(2));
      return s;
    };
    // the scan
    let best: G | undefined;
    let top = -Infinity;
    let second = -Infinity;
    const scanned = groups.map(scoreOf);
    groups.forEach((g, i) => {
      const s = scanned[i]!;
      if (!best) (best = g), (top = s);
      else if (s > top) (second = top), (best = g), (top = s);
      else if (s > second) second = s;
    });
    // the index, with the scores of the scan (the score of a group holding the report's article has a random part)
    const picked = index.pick(r, 'f', type, interval, (g) => scanned[groups.indexOf(g)]!, tokens);
    if (top > -Infinity) {
      assert.equal(picked.best, best, `trial ${trial}`);
      assert.equal(picked.top, top);
      assert.equal(picked.second, second, `trial ${trial}`);
    } else assert.equal(picked.top, -Infinity);
    // then a group is founded or joined, as merging does
    if (rand(3) || !groups.length) {
      const g: G = { interval, weekday: null, core: [r], type, flags: 'f' };
      groups.push(g);
      index.add(g);
    } else {
      const g = groups[rand(groups.length)]!;
      g.core.push(r);
      if (interval) g.interval = g.interval ? intersect(g.interval, interval) ?? g.interval : interval;
      index.refresh(g);
    }
  }
  assert.ok(groups.length > 100);
});
