export { extractHtml, type HtmlExtraction } from './extract.js';
export type { HtmlBlock, HtmlBlockRole } from './blocks.js';
export type { HtmlMeta } from './meta.js';
