/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser of its own): headless, no
 * network beyond what the page asks of our loopback server, a fresh profile folder per run, removed on close.
 * `onFailure` saves what the page looked like when a test failed, for the person reading CI's output.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's package `chromium`; MARSAD_CHROMIUM points elsewhere (another distribution's path). */
export const CHROMIUM = process.env.MARSAD_CHROMIUM || '/usr/bin/chromium';
export const NO_CHROMIUM = `no chromium at ${CHROMIUM}`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'marsad-browser-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'ar',
      timezoneId: 'UTC',
    });
    // a wait that times out fails the test in seconds, well inside the suite's budget
    context.setDefaultTimeout(15_000);
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** `test-results/<name><suffix>.png` under the folder the tests run from. */
export function screenshotPath(testName: string, suffix = ''): string {
  const dir = join(process.cwd(), 'test-results');
  mkdirSync(dir, { recursive: true });
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 100) || 'test';
  return join(dir, `${slug}${suffix}.png`);
}

/**
 * Runs `body` on a new page; on failure saves what the window showed (`<name>.png`: fixed panels where the
 * reader saw them) and the whole page (`<name>.full.png`), then fails as the body did.
 */
export async function onPage(context: BrowserContext, testName: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  try {
    await body(page);
  } catch (err) {
    await page.screenshot({ path: screenshotPath(testName) }).catch(() => {});
    await page.screenshot({ path: screenshotPath(testName, '.full'), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await page.close();
  }
}
