/**
 * The `--name value` options of the training scripts (`node dist/ner/train.js`, `node dist/stance/train.js`):
 * every option takes a value, and anything else is an error that names it.
 */
export function parseScriptArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
    out[a.slice(2)] = v;
    i++;
  }
  return out;
}

/** A numeric option of parsed script arguments, or its default; a value that is not a number is an error. */
export function numberOption(args: Readonly<Record<string, string>>, name: string, fallback: number): number {
  const v = args[name] === undefined ? fallback : Number(args[name]);
  if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
  return v;
}

/** A progress line on stderr, stamped with the seconds since the script started (training runs for minutes). */
export function elapsedLog(): (line: string) => void {
  const started = Date.now();
  return (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
}
