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
