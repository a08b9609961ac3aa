/**
 * The web app as a person uses it, in Debian's headless Chromium: `marsad serve` in-process over a fresh
 * PGlite folder, the upload page at `/` (token in the address fragment, as the server prints it), the report
 * at `/collections/:id/report`. Each test opens its own page; the report tests read a collection written
 * through the API beforehand, so they do not depend on the upload test passing.
 */
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BOOK_FAIR, HOSTILE, IMG_PAYLOAD, MEETING_FIRST, MEETING_QUOTE, MEETING_SECOND, SCRIPT_PAYLOAD, type PastedArticle } from './articles.js';
import { hasChromium, launchBrowser, NO_CHROMIUM, onPage, type TestBrowser } from './browser.js';
import { seedCollection, startTestServer, type TestServer } from './server.js';

const TOKEN = 'browser-test-token-5309';
/** The font the report embeds (src/outputs/report/assets.ts). */
const REPORT_FONT = 'Noto Naskh Arabic Variable';

interface DossierMention {
  doc: string;
  start: number;
  end: number;
  text: string;
}
interface DossierJson {
  documents: Array<{ id: string; title: string | null }>;
  stories: Array<{ id: string; title: string | null; documents: string[]; events: Array<{ date: { value: string | null }; mentions: DossierMention[] }> }>;
}

/** The first day an event's date value covers, for ordering (`2025-03-09`, `2025-03`, `2025-W10`, `a/b`). */
function firstDay(value: string): number {
  const v = value.split('/')[0]!;
  const week = /^(\d{4})-W(\d{2})/.exec(v);
  if (week) {
    const jan4 = Date.UTC(+week[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return monday + (+week[2]! - 1) * 7 * 86_400_000;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  assert.ok(m, `not a date value: ${value}`);
  return Date.UTC(+m[1]!, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Fills the paste form with one article and submits it; resolves when the page reports the new revision. */
async function paste(page: Page, a: PastedArticle, revision: number): Promise<void> {
  const form = page.locator('form#paste');
  await form.locator('input[name="title"]').fill(a.title);
  await form.locator('input[name="outlet"]').fill(a.outlet);
  await form.locator('input[name="published"]').fill(a.published);
  await form.locator('textarea[name="text"]').fill(a.text);
  await form.locator('button[type="submit"]').click();
  await page.locator('#status', { hasText: `تم. المراجعة ${revision}` }).waitFor();
}

/** Creates a collection with the page's own controls and waits until it is the one selected. */
async function createCollection(page: Page, name: string): Promise<string> {
  await page.locator('#new-name').fill(name);
  await page.locator('#create').click();
  await page.locator('#status', { hasText: `أنشئت المجموعة ${name}` }).waitFor();
  const id = await page.locator('#collection').inputValue();
  assert.ok(id, 'the new collection is selected');
  return id;
}

describe('web app in a browser', () => {
  let server: TestServer;
  /** Undefined when Chromium is not installed: each browser test then skips, saying so. */
  let browser: TestBrowser | undefined;
  /** The meeting (two outlets) and the book fair, written through the API. */
  let seeded = '';
  let dossier: DossierJson;

  before(async () => {
    // the database's first start and the browser's are the slow parts: run them side by side
    [server, browser] = await Promise.all([startTestServer(TOKEN), hasChromium() ? launchBrowser() : undefined]);
    seeded = await seedCollection(server, 'اجتماعات الوزراء', [MEETING_FIRST, MEETING_SECOND, BOOK_FAIR]);
    dossier = (await (await fetch(`${server.url}/api/collections/${seeded}/dossier`)).json()) as DossierJson;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const run = async (t: TestContext, body: (page: Page) => Promise<void>) => {
    if (!browser) return t.skip(NO_CHROMIUM);
    await onPage(browser.context, t.name, body);
  };
  const docOf = (a: PastedArticle) => {
    const d = dossier.documents.find((x) => x.title === a.title);
    assert.ok(d, `the dossier has the article «${a.title}»`);
    return d.id;
  };
  const meetingStory = () => {
    const s = dossier.stories.find((x) => x.documents.includes(docOf(MEETING_FIRST)));
    assert.ok(s, 'the meeting has a story');
    return s;
  };

  test('adding articles: two pasted and one dropped file become stories, with a link to the report', (t) =>
    run(t, async (page) => {
      const home = await page.goto(`${server.url}/#token=${TOKEN}`);
      assert.equal(home?.status(), 200);
      // the token leaves the address bar once the page has kept it
      await page.waitForFunction(() => location.hash === '');
      assert.equal(await page.locator('#token').inputValue(), TOKEN);

      const id = await createCollection(page, 'لقاء القاهرة');
      await paste(page, MEETING_FIRST, 1);
      await paste(page, MEETING_SECOND, 2);

      // the third arrives as a .txt file dropped on the drop zone
      const files = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'book-fair.txt', { type: 'text/plain' }));
        return dt;
      }, BOOK_FAIR.text);
      await page.dispatchEvent('#drop', 'dragover', { dataTransfer: files });
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: files });
      await page.locator('#status', { hasText: 'تم. المراجعة 3' }).waitFor();

      const outcome = await page.locator('#outcome li').allTextContents();
      assert.ok(outcome.includes('أضيف: book-fair.txt ← a3'), `the dropped file is added: ${outcome.join(' | ')}`);
      assert.ok(outcome.includes(`قصة S1: ${MEETING_FIRST.title} — 2 مقالات`), `both outlets' reports form one story: ${outcome.join(' | ')}`);
      assert.ok(outcome.includes(`قصة S2: ${BOOK_FAIR.title} — 1 مقالات`), `the book fair is a story of its own: ${outcome.join(' | ')}`);
      // the collection list counts what was added
      assert.equal(await page.locator(`#collection option[value="${id}"]`).textContent(), 'لقاء القاهرة (3)');

      const link = page.locator('#report-link');
      assert.equal(await link.getAttribute('href'), `/collections/${encodeURIComponent(id)}/report`);
      await link.click();
      await page.waitForURL(`**/collections/${encodeURIComponent(id)}/report`);
      const stories = await page.locator('section.story > h2').allTextContents();
      assert.equal(stories.length, 2, `two stories in the report: ${stories.join(' | ')}`);
      assert.ok(stories[0]!.startsWith(MEETING_FIRST.title));
      assert.ok(stories[1]!.startsWith(BOOK_FAIR.title));
    }));

  test('adding by URL: a page served elsewhere is fetched, analysed and listed', (t) =>
    run(t, async (page) => {
      const article = `<!doctype html><html><head><meta charset="utf-8"><title>${MEETING_FIRST.title}</title></head><body><article><h1>${MEETING_FIRST.title}</h1>${MEETING_FIRST.text
        .split('\n')
        .filter(Boolean)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
      const pages = createServer((req, res) => {
        if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
      try {
        const url = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/article`;
        await page.goto(`${server.url}/#token=${TOKEN}`);
        await createCollection(page, 'روابط');
        await page.locator('form#by-url textarea[name="urls"]').fill(url);
        await page.locator('form#by-url button[type="submit"]').click();
        await page.locator('#status', { hasText: 'تم. المراجعة 1' }).waitFor();
        const outcome = await page.locator('#outcome li').allTextContents();
        assert.ok(outcome.some((l) => l.startsWith(`أضيف: ${url}`)), `the page is added: ${outcome.join(' | ')}`);
        assert.ok(outcome.some((l) => l.includes(MEETING_FIRST.title)), `its story is listed: ${outcome.join(' | ')}`);
      } finally {
        await new Promise<void>((r) => pages.close(() => r()));
      }
    }));

  test('timeline: the chart is drawn and the events table lists the events in date order', (t) =>
    run(t, async (page) => {
      await page.goto(`${server.url}/collections/${seeded}/report`);
      const story = meetingStory();
      const section = page.locator(`section.story#story-${encodeURIComponent(story.id)}`);
      const box = section.locator('.chart-box.drawn');
      await box.waitFor();
      // bars in the colour of an event type, not just axes and labels, are on the canvas
      const drawn = await box.locator('canvas').evaluate((el) => {
        const canvas = el as HTMLCanvasElement;
        const anchor = canvas.getAttribute('data-timeline')!;
        const data = JSON.parse(document.getElementById('marsad-data')!.textContent!);
        const colours = (data.timelines[anchor].types as Array<{ color: string }>).map((x) => x.color.toLowerCase());
        const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        const seen = new Set<string>();
        for (let i = 0; i < px.length; i += 4) {
          if (px[i + 3]! === 0) continue;
          inked++;
          if (px[i + 3] === 255) seen.add('#' + [px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join(''));
        }
        return { inked, area: canvas.width * canvas.height, barColours: colours.filter((c) => seen.has(c)).length, colours: colours.length };
      });
      assert.ok(drawn.area > 0 && drawn.inked > drawn.area / 100, `the canvas is drawn: ${drawn.inked} of ${drawn.area} pixels`);
      assert.ok(drawn.barColours >= 1, `bars of an event type's colour are drawn (${drawn.barColours} of ${drawn.colours} type colours found)`);

      const dates = (await section.locator('table.events tbody td.date').allTextContents()).map((s) => s.trim());
      assert.equal(dates.length, story.events.length, 'every event of the story has a row');
      const dated = dates.filter((d) => d !== '—');
      for (let i = 1; i < dated.length; i++) assert.ok(firstDay(dated[i - 1]!) <= firstDay(dated[i]!), `rows in date order: ${dated.join(', ')}`);
      // the dates the articles state: the earlier meeting, the meeting itself, the planned signing
      const at = (d: string) => dated.indexOf(d);
      for (const d of ['2025-01-12', '2025-03-09', '2025-04-20']) assert.ok(at(d) >= 0, `an event on ${d}: ${dated.join(', ')}`);
      assert.ok(at('2025-01-12') < at('2025-03-09') && at('2025-03-09') < at('2025-04-20'));
    }));

  test('click-through: a quote and an event mention open their source with exactly their words marked, in view', (t) =>
    run(t, async (page) => {
      await page.goto(`${server.url}/collections/${seeded}/report`);
      const sources = new Map([MEETING_FIRST, MEETING_SECOND, BOOK_FAIR].map((a) => [docOf(a), a.text]));

      const expectMarked = async (link: ReturnType<Page['locator']>, what: string) => {
        const doc = (await link.getAttribute('data-doc'))!;
        const start = Number(await link.getAttribute('data-start'));
        const end = Number(await link.getAttribute('data-end'));
        await link.click();
        const mark = page.locator('#viewer:not([hidden]) #viewer-text mark#viewer-mark');
        await mark.waitFor();
        // the words at [start, end) of the text as it was pasted: the offsets are exact
        assert.equal(await mark.textContent(), sources.get(doc)!.slice(start, end), `${what}: the marked words`);
        assert.equal(await page.locator('#viewer-title').textContent(), dossier.documents.find((d) => d.id === doc)!.title);
        const view = await mark.evaluate((m) => {
          const pane = document.getElementById('viewer-text')!;
          const r = m.getBoundingClientRect();
          const p = pane.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, paneTop: p.top, paneBottom: p.bottom, height: innerHeight, scrolled: pane.scrollTop };
        });
        assert.ok(view.top >= view.paneTop && view.bottom <= view.paneBottom && view.bottom <= view.height, `${what}: the mark is visible in the source panel ${JSON.stringify(view)}`);
        return { doc, start, end, scrolled: view.scrolled };
      };

      // a short window, so the quote in the last paragraph is below the panel's first screen
      await page.setViewportSize({ width: 1280, height: 480 });
      const quote = page.locator('blockquote a.m', { hasText: MEETING_QUOTE });
      const q = await expectMarked(quote, 'quote');
      assert.equal(MEETING_FIRST.text.slice(q.start, q.end), MEETING_QUOTE, 'the quote is the words inside «»');
      assert.ok(q.scrolled > 0, 'the panel scrolled to reach the quote');
      // the address now names the span, so it can be shared
      assert.equal(new URL(page.url()).hash, `#m=${encodeURIComponent(q.doc)}:${q.start}:${q.end}`);

      // an event mention: the citation of the planned signing, compared with the dossier's own mention text
      const story = meetingStory();
      const signing = story.events.find((e) => e.date.value === '2025-04-20');
      assert.ok(signing, 'the dossier has the planned signing');
      const row = page.locator(`section.story#story-${encodeURIComponent(story.id)} table.events tbody tr`, { has: page.locator('td.date', { hasText: '2025-04-20' }) });
      const cite = row.locator('a.m.cite').first();
      const m = await expectMarked(cite, 'event mention');
      const told = signing.mentions.find((x) => x.doc === m.doc && x.start === m.start && x.end === m.end);
      assert.ok(told, 'the link is one of the event mentions of the dossier');
      assert.equal(await page.locator('#viewer-mark').textContent(), told.text);
    }));

  test('search: a word without its hamza and a word with proclitics find the article, with the hit marked', (t) =>
    run(t, async (page) => {
      await page.goto(`${server.url}/`);
      await page.locator(`#collection option[value="${seeded}"]`).waitFor({ state: 'attached' });
      await page.locator('#collection').selectOption(seeded);
      const search = async (q: string) => {
        const answered = page.waitForResponse((r) => r.url().includes('/api/search?'));
        await page.locator('form#search input[name="q"]').fill(q);
        await page.locator('form#search button').click();
        assert.equal((await answered).status(), 200);
        await page.locator('#hits li').first().waitFor();
        return page.locator('#hits > li').evaluateAll((items) =>
          items.map((li) => ({ meta: li.querySelector('.meta')?.textContent ?? '', mark: li.querySelector('mark')?.textContent ?? null, href: li.querySelector('a')?.getAttribute('href') ?? null, text: li.textContent ?? '' })),
        );
      };
      const spanOf = (meta: string) => {
        const m = /\[(\d+),(\d+)\]$/.exec(meta);
        assert.ok(m, `the hit shows its offsets: ${meta}`);
        return [Number(m[1]), Number(m[2])] as const;
      };

      // hamza seat and final ة/ه folded: «الاميركية» finds «الأميركية»
      const folded = await search('الاميركية');
      assert.equal(folded.length, 1, JSON.stringify(folded));
      assert.equal(folded[0]!.mark, 'الأميركية');
      assert.ok(folded[0]!.meta.startsWith(`${MEETING_FIRST.title} — ${MEETING_FIRST.outlet} — `));
      const [s, e] = spanOf(folded[0]!.meta);
      assert.equal(MEETING_FIRST.text.slice(s, e), 'الأميركية', 'the hit offsets point at the word in the source');
      assert.equal(folded[0]!.href, `/collections/${encodeURIComponent(seeded)}/report#m=${encodeURIComponent(docOf(MEETING_FIRST))}:${s}:${e}`);

      // proclitics on the query word: «بالمياه» finds «المياه» in both outlets' articles, not the book fair
      const clitic = await search('بالمياه');
      assert.deepEqual(clitic.map((h) => h.meta.split(' — ')[0]).sort(), [MEETING_FIRST.title, MEETING_SECOND.title].sort());
      for (const h of clitic) assert.equal(h.mark, 'المياه');

      // and the text's clitics: «وساطة» finds «وللوساطة»
      const inText = await search('وساطة');
      assert.deepEqual(inText.map((h) => h.mark), ['وللوساطة']);

      // a word in no article says so
      const none = await search('البركان');
      assert.deepEqual(none.map((h) => h.text), ['لا نتائج']);

      // a hit's link opens the report with that word marked in its source
      await search('الاميركية');
      await page.locator('#hits a', { hasText: 'في التقرير' }).click();
      await page.waitForURL(`**/collections/${encodeURIComponent(seeded)}/report#m=*`);
      const mark = page.locator('#viewer:not([hidden]) #viewer-mark');
      await mark.waitFor();
      assert.equal(await mark.textContent(), 'الأميركية');
      assert.equal(await page.locator('#viewer-title').textContent(), MEETING_FIRST.title);
    }));

  test('right-to-left: both pages are rtl, the report font is loaded, nothing overflows at 1280px', (t) =>
    run(t, async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const layout = () =>
        page.evaluate(() => ({
          dir: document.documentElement.getAttribute('dir'),
          lang: document.documentElement.getAttribute('lang'),
          direction: getComputedStyle(document.body).direction,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
      const noOverflow = (l: Awaited<ReturnType<typeof layout>>, where: string) =>
        assert.ok(l.scrollWidth <= l.clientWidth, `${where}: no horizontal overflow (${l.scrollWidth} > ${l.clientWidth})`);

      await page.goto(`${server.url}/`);
      const home = await layout();
      assert.deepEqual([home.dir, home.lang, home.direction], ['rtl', 'ar', 'rtl']);
      noOverflow(home, 'upload page');

      await page.goto(`${server.url}/collections/${seeded}/report`);
      const report = await layout();
      assert.deepEqual([report.dir, report.lang, report.direction], ['rtl', 'ar', 'rtl']);
      noOverflow(report, 'report');
      // the embedded font, not a fallback: its faces are loaded and cover Arabic text
      const font = await page.evaluate(async (family) => {
        await document.fonts.ready;
        const faces = await document.fonts.load(`16px "${family}"`, 'مرصد');
        return { faces: faces.length, check: document.fonts.check(`16px "${family}"`, 'مرصد'), used: getComputedStyle(document.body).fontFamily };
      }, REPORT_FONT);
      assert.ok(font.faces >= 1, `the report's Arabic font faces load: ${JSON.stringify(font)}`);
      assert.ok(font.check, 'the font is ready for Arabic text');
      assert.ok(font.used.includes(REPORT_FONT), `the body is set in it: ${font.used}`);

      // with the source panel open beside the report, still no sideways scrolling
      await page.locator('a.m').first().click();
      await page.locator('#viewer:not([hidden])').waitFor();
      noOverflow(await layout(), 'report with the source panel');
    }));

  test('XSS: markup in a pasted title, outlet and body stays text on the upload page and in the report', (t) =>
    run(t, async (page) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      const home = await page.goto(`${server.url}/#token=${TOKEN}`);
      const homeCsp = home?.headers()['content-security-policy'] ?? '';
      assert.match(homeCsp, /script-src 'self'(;|$)/, `the upload page allows only its own script file: ${homeCsp}`);

      await createCollection(page, 'بلاغات');
      await paste(page, HOSTILE, 1);
      const outcome = await page.locator('#outcome').textContent();
      assert.ok(outcome?.includes(IMG_PAYLOAD), 'the title is shown as the text it is');
      assert.equal(await page.locator('#outcome img, #outcome script').count(), 0);

      // the search snippet is text too
      await page.locator('form#search input[name="q"]').fill('الصيانة');
      await page.locator('form#search button').click();
      await page.locator('#hits li mark').waitFor();
      assert.ok((await page.locator('#hits').textContent())?.includes('</script>'));
      assert.equal(await pwned(page), undefined, 'nothing ran on the upload page');

      const reportLink = page.locator('#report-link');
      const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/report')), reportLink.click()]);
      const csp = response?.headers()['content-security-policy'] ?? '';
      assert.ok(csp, 'the report is sent with a Content-Security-Policy header');
      assert.equal(response?.headers()['content-type'], 'text/html; charset=UTF-8');
      await page.locator('article.doc').waitFor();

      // every script that can run is one the policy names by hash, and the policy names no other
      const allowed = [...(/script-src ([^;]*)/.exec(csp)?.[1] ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
      assert.ok(!/unsafe-inline|unsafe-eval|'self'|\*/.test(/script-src ([^;]*)/.exec(csp)?.[1] ?? ''), `script-src admits hashes only: ${csp}`);
      const scripts = await page.locator('script').evaluateAll((els) =>
        els.map((e) => ({ src: e.getAttribute('src'), data: e.getAttribute('type') === 'application/json', text: e.textContent ?? '' })),
      );
      assert.ok(scripts.every((s) => s.src === null), 'no script is loaded from anywhere');
      const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
      const runnable = scripts.filter((s) => !s.data).map((s) => hash(s.text));
      assert.ok(runnable.length >= 1, 'the page has its own script');
      for (const h of runnable) assert.ok(allowed.includes(h), `a script the policy does not name: ${h}`);
      // and the policy names no script that is not the page's own (the data block may be named: it never runs)
      const inPage = new Set(scripts.map((s) => hash(s.text)));
      for (const h of allowed) assert.ok(inPage.has(h!), `the policy allows a script that is not in the page: ${h}`);
      assert.equal(scripts.filter((s) => s.data).length, 1, 'the only other script element is the data block');
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(meta ?? '', /script-src 'sha256-/, 'the saved page carries its policy too');

      const heading = page.locator('article.doc h4').first();
      assert.ok((await heading.textContent())?.includes(IMG_PAYLOAD), 'the headline shows the markup as text');
      assert.ok((await page.locator('article.doc .meta').first().textContent())?.includes(SCRIPT_PAYLOAD), 'so does the outlet');
      assert.equal(await page.locator('img').count(), 0, 'no image element was made from the text');

      // the source panel, where the raw text is laid out piece by piece, keeps it text as well
      await page.locator('article.doc a.m.button').first().click();
      const panel = page.locator('#viewer:not([hidden]) #viewer-text');
      await panel.waitFor();
      const shown = (await panel.textContent()) ?? '';
      assert.equal(shown, HOSTILE.text, 'the panel shows the source exactly as pasted');
      assert.equal(await page.locator('#viewer-text img, #viewer-text script').count(), 0);
      await page.locator('blockquote a.m').first().click();
      await page.locator('#viewer-mark').waitFor();

      assert.equal(await pwned(page), undefined, 'nothing ran in the report');
      assert.deepEqual(violations, [], 'no script was even attempted and refused');
    }));
});
