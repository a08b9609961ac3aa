/**
 * The input shell: turns paths (files, folders, `-` for stdin) into decoded sources. This is the only place
 * that reads files; everything after it works on strings. A file that cannot be read or decoded becomes a
 * source with an error message and no text, so the rest of the batch goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Source } from '../model/document.js';
import { message } from '../model/message.js';
import { decodeBytes } from '../formats/charset/index.js';
import { sourcesOfJsonl } from './jsonl.js';

const TEXT_EXT = new Set(['.txt', '.text', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
/** Larger files are refused with a message rather than read whole into memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface InputFile {
  path: string;
  /** How the user named it, for messages and the dossier's `source`. */
  origin: string;
}

/** Expands the paths given into input files, folders recursively in name order; unknown kinds are skipped. */
export async function expandPaths(paths: string[]): Promise<{ files: InputFile[]; skipped: string[] }> {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-', origin: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      files.push({ path: p, origin: p });
      continue;
    }
    if (info.isDirectory()) {
      for (const f of await walk(p)) {
        const ext = extname(f).toLowerCase();
        if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext)) files.push({ path: f, origin: f });
        else skipped.push(f);
      }
    } else files.push({ path: p, origin: p });
  }
  return { files, skipped };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes one input file into one source (or, for JSONL, one per record). */
export async function readInput(file: InputFile): Promise<Source[]> {
  const id = idOf(file);
  let bytes: Buffer;
  try {
    if (file.path !== '-') {
      const info = await stat(file.path);
      if (info.size > MAX_INPUT_BYTES) {
        return [failed(file, id, 'input/too-large', `the file is ${(info.size / 1048576).toFixed(0)} MB; inputs over ${MAX_INPUT_BYTES / 1048576} MB are not read`)];
      }
    }
    bytes = file.path === '-' ? await readStdin() : await readFile(file.path);
  } catch (err) {
    return [failed(file, id, 'input/unreadable', `cannot read the input: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)];
  }
  const ext = extname(file.path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    const decoded = decodeBytes(bytes);
    return sourcesOfJsonl(decoded.text, file.origin, id, decoded.messages);
  }
  const html = HTML_EXT.has(ext) || (file.path === '-' && /^\s*</.test(bytes.subarray(0, 512).toString('latin1')));
  const decoded = decodeBytes(bytes, { html });
  return [
    {
      id,
      origin: file.origin,
      text: decoded.text,
      format: html ? 'html' : 'text',
      declared: {},
      encoding: decoded.encoding,
      messages: decoded.messages.map((m) => ({ origin: file.origin, ...m })),
    },
  ];
}

function idOf(file: InputFile): string {
  if (file.path === '-') return 'stdin';
  return basename(file.path, extname(file.path));
}

function failed(file: InputFile, id: string, code: string, reason: string): Source {
  return { id, origin: file.origin, text: '', format: 'text', declared: {}, messages: [message(code, reason, { severity: 'error', origin: file.origin })] };
}

/** Reads every input; ids that repeat across folders are made unique by their relative path. */
export async function readInputs(paths: string[]): Promise<{ sources: Source[]; skipped: string[] }> {
  const { files, skipped } = await expandPaths(paths);
  const sources: Source[] = [];
  for (const f of files) sources.push(...(await readInput(f)));
  const seen = new Map<string, number>();
  for (const s of sources) {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    if (n > 1) s.id = `${relative(process.cwd(), s.origin).replace(/\.[^./]+$/, '')}~${n}`;
  }
  return { sources, skipped };
}
