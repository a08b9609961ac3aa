/**
 * The page's inlined assets, read from the installed packages at render time (the page must work offline from
 * a file:// URL, so nothing is fetched): Chart.js's UMD build and the Noto Naskh Arabic variable font as
 * base64 `@font-face` rules, with the package's own unicode ranges. A missing package costs the chart or the
 * font, never the report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Noto Naskh Arabic Variable';
const FONT_PACKAGE = '@fontsource-variable/noto-naskh-arabic';
/** Subsets an Arabic news page needs: Arabic script, and Latin for names, figures and URLs. */
const FONT_SUBSETS = ['arabic', 'latin'];

export interface Assets {
  /** Chart.js UMD source, or null when the package cannot be read. */
  chartJs: string | null;
  /** `@font-face` rules with the font inlined, or '' . */
  fontCss: string;
}

let cached: Assets | undefined;

export function loadAssets(): Assets {
  cached ??= { chartJs: readChartJs(), fontCss: readFontCss() };
  return cached;
}

function readChartJs(): string | null {
  try {
    const file = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
    // the source map comment would make developer tools try to load a file that is not there
    return readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  } catch {
    return null;
  }
}

function readFontCss(): string {
  try {
    const css = readFileSync(require.resolve(`${FONT_PACKAGE}/wght.css`), 'utf8');
    const rules = css.split('}').flatMap((block) => {
      const subset = /\/\*\s*noto-naskh-arabic-([a-z-]+)-wght-normal\s*\*\//.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!subset || !FONT_SUBSETS.includes(subset) || !range || !file) return [];
      const data = readFileSync(require.resolve(`${FONT_PACKAGE}/files/${file}`)).toString('base64');
      return [
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:400 700;` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`,
      ];
    });
    return rules.join('\n');
  } catch {
    return '';
  }
}
