/**
 * What a client sends to add articles, turned into sources for the core: JSON (one article
 * `{text|html, outlet?, published?, title?, url?}`, a list of them, or `{articles: [...]}`) or a multipart
 * upload of .txt / .html / .jsonl files, decoded as the command line decodes files (charset detection, JSONL
 * records). Only checking and decoding happen here; the analysis is the core's.
 */
import { extname } from 'node:path';
import type { Source } from '../model/document.js';
import { decodeBytes } from '../formats/charset/index.js';
import { sourcesOfJsonl } from '../inputs/jsonl.js';
import { contentHash } from '../storage/content-hash.js';
import type { Rejected } from '../storage/workspace.js';
import { ApiError } from './errors.js';

export interface UploadLimits {
  /** Bytes of one file, or of one JSON article's text. */
  maxFileBytes: number;
  /** Files, or JSON articles, in one request. */
  maxFiles: number;
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXT = new Set(['.txt', '.text']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const DECLARED = ['outlet', 'published', 'title', 'url'] as const;
/** A declared date is an ISO date, optionally with a time: the core trusts it over the text. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface Parsed {
  sources: Source[];
  rejected: Rejected[];
}

const mb = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 0)} MB`;

function declaredOf(record: Record<string, unknown>, where: string): Source['declared'] {
  const out: Source['declared'] = {};
  for (const k of DECLARED) {
    const v = record[k];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || v.length > 2000) throw new ApiError(400, 'request/invalid', `${where}: "${k}" must be a string of at most 2000 characters`);
    if (k === 'published' && !ISO_DATE.test(v.trim())) throw new ApiError(400, 'request/invalid', `${where}: "published" must be an ISO date (2025-03-02 or 2025-03-02T09:30:00+03:00)`);
    if (k === 'url' && !/^https?:\/\/\S+$/i.test(v.trim())) throw new ApiError(400, 'request/invalid', `${where}: "url" must be an http(s) address (it is recorded, never fetched)`);
    out[k] = v.trim();
  }
  return out;
}

function jsonArticle(record: unknown, i: number, limits: UploadLimits): Source {
  const where = `article ${i + 1}`;
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new ApiError(400, 'request/invalid', `${where}: expected an object with "text" or "html"`);
  const r = record as Record<string, unknown>;
  const text = r.text ?? r.html;
  if (typeof text !== 'string') throw new ApiError(400, 'request/invalid', `${where}: needs a "text" or "html" string`);
  if (typeof r.text === 'string' && typeof r.html === 'string') throw new ApiError(400, 'request/invalid', `${where}: give "text" or "html", not both`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) {
    throw new ApiError(413, 'request/article-too-large', `${where} is ${mb(bytes)}; one article may be at most ${mb(limits.maxFileBytes)}`, { article: i + 1, limit: limits.maxFileBytes });
  }
  const declared = declaredOf(r, where);
  return {
    id: 'json',
    // a pasted article has no file name: its origin names its text, so two pastes stay apart in messages
    origin: declared.url ?? `paste:${contentHash(text).slice(0, 12)}`,
    // kept exactly as sent: the dossier's offsets point into this text
    text,
    format: typeof r.text === 'string' ? 'text' : 'html',
    declared,
    messages: [],
  };
}

export function sourcesOfJson(body: unknown, limits: UploadLimits): Parsed {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as { articles?: unknown }).articles) ? (body as { articles: unknown[] }).articles : [body];
  if (!list.length) throw new ApiError(400, 'request/invalid', 'no article in the request');
  if (list.length > limits.maxFiles) throw new ApiError(413, 'request/too-many-articles', `${list.length} articles in one request; at most ${limits.maxFiles}`, { limit: limits.maxFiles });
  return { sources: list.map((r, i) => jsonArticle(r, i, limits)), rejected: [] };
}

/** A file name as given, without any folder part, for the article's origin. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'upload';
}

export async function sourcesOfFiles(files: File[], fields: Record<string, unknown>, limits: UploadLimits): Promise<Parsed> {
  if (!files.length) throw new ApiError(400, 'request/invalid', 'the upload holds no file (send them in fields named "file")');
  if (files.length > limits.maxFiles) throw new ApiError(413, 'request/too-many-files', `${files.length} files in one upload; at most ${limits.maxFiles}`, { limit: limits.maxFiles });
  for (const f of files) {
    if (f.size > limits.maxFileBytes) {
      throw new ApiError(413, 'request/file-too-large', `${cleanName(f.name)} is ${mb(f.size)}; one file may be at most ${mb(limits.maxFileBytes)}`, { file: cleanName(f.name), limit: limits.maxFileBytes });
    }
  }
  // outlet and published given beside the files apply to the plain-text and HTML ones (JSONL records carry their own)
  const declared = declaredOf(fields, 'the form');
  const sources: Source[] = [];
  const rejected: Rejected[] = [];
  for (const f of files) {
    const name = cleanName(f.name);
    const ext = extname(name).toLowerCase();
    const bytes = new Uint8Array(await f.arrayBuffer());
    const base = name.replace(/\.[^.]+$/, '');
    if (JSONL_EXT.has(ext)) {
      const decoded = decodeBytes(bytes);
      sources.push(...sourcesOfJsonl(decoded.text, name, base, decoded.messages));
    } else if (HTML_EXT.has(ext) || TEXT_EXT.has(ext)) {
      const html = HTML_EXT.has(ext);
      const decoded = decodeBytes(bytes, { html });
      sources.push({ id: base, origin: name, text: decoded.text, format: html ? 'html' : 'text', declared: { ...declared }, encoding: decoded.encoding, messages: decoded.messages.map((m) => ({ origin: name, ...m })) });
    } else {
      rejected.push({ origin: name, code: 'input/unsupported-type', reason: `${ext || 'a file without an extension'}: send .txt, .html or .jsonl` });
    }
  }
  return { sources, rejected };
}
