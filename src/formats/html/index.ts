export { extractHtml, type HtmlExtraction, type HtmlExtractOptions } from './extract.js';
export type { HtmlBlock, HtmlBlockRole } from './blocks.js';
export type { HtmlMeta } from './meta.js';
