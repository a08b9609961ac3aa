/**
 * The `marsad` command: a thin shell over the core. Each subcommand parses its options and calls one function.
 */
import { Command, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from './analyze-command.js';
import { registerNer } from './ner-command.js';
import { registerServe } from './serve-command.js';
import { registerStance } from './stance-command.js';
import { registerQueueCommands } from './worker-command.js';
import { registerWatch } from './watch-command.js';
import { VERSION } from './version.js';

const DEMO_CORPUS = fileURLToPath(new URL('../../demo/corpus/', import.meta.url));

export function buildProgram(): Command {
  const program = new Command('marsad')
    .description('Reads Arabic news articles and builds a sourced dossier with exact offsets into every source.')
    .version(VERSION)
    .showHelpAfterError()
    // usage errors exit 2, so scripts can tell them from inputs that could not be analysed (1, 3)
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

  program
    .command('analyze')
    .description('analyse files, folders (.txt, .html, .jsonl) or - for stdin; writes DIR/dossier.json and DIR/report.html')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--json', 'print a machine-readable summary on stdout')
    .addOption(new Option('-q, --quiet', 'print nothing but errors').default(!process.stdout.isTTY))
    .action(async (paths: string[], opts: { out: string; json?: boolean; quiet?: boolean }) => {
      const outcome = await runAnalyze(paths, opts);
      process.exitCode = outcome.exitCode;
    });

  program
    .command('demo')
    .description('analyse the bundled demo corpus (seven articles by five outlets) and show where the output went')
    .option('-o, --out <dir>', 'output folder', 'out/demo')
    .option('--json', 'print a machine-readable summary on stdout')
    .action(async (opts: { out: string; json?: boolean }) => {
      const outcome = await runAnalyze([DEMO_CORPUS], { ...opts, quiet: false });
      if (!opts.json) process.stdout.write(`open ${outcome.reportPath} in a browser to read the dossier\n`);
      process.exitCode = outcome.exitCode;
    });

  registerNer(program);
  registerServe(program);
  registerStance(program);
  registerQueueCommands(program);
  registerWatch(program);

  return program;
}

await buildProgram().parseAsync(process.argv);
