// The `tornet` command line.
//   tornet check FILE…                 diagnostics; exit 0 clean (warnings allowed), 1 errors, 2 could not run
//   tornet model FILE [--variant NAME] the resolved scenario (or one variant's configuration) as JSON
//   tornet run FILE [options]          variants × seeds in worker threads → results.json, report.html (cli/run/command.ts)

import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { checkDocument, type CheckResult } from '../grammar';
import { formatDiagnostic, sortDiagnostics } from './format';
import { NodeFileSystem } from './node-file-system';
import { registerRunCommand } from './run/command';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_COULD_NOT_RUN = 2;

/** Thrown for problems that stop a command before it can check anything. */
class CannotRun extends Error {}

interface Output {
  out(line: string): void;
  err(line: string): void;
}

function checkFile(file: string, workspace: string | undefined): CheckResult {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CannotRun(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const root = workspace ?? defaultWorkspace(path);
  return checkDocument(path, text, { fileSystem: new NodeFileSystem(root) });
}

/** The current directory, unless the file lies outside it; then the file's own directory. */
function defaultWorkspace(path: string): string {
  const cwd = process.cwd();
  return relative(cwd, path).startsWith('..') ? dirname(path) : cwd;
}

function hasErrors(result: CheckResult): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

async function run(argv: readonly string[], output: Output): Promise<number> {
  let exitCode = EXIT_CLEAN;
  const cwd = process.cwd();
  const program = new Command()
    .name('tornet')
    .description('Check and resolve .tornet scenarios.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.out(text.trimEnd()), writeErr: (text) => output.err(text.trimEnd()) })
    .option('--workspace <dir>', 'directory that includes are confined to (default: the current directory)');

  program
    .command('check')
    .description('report problems in .tornet files')
    .argument('<files...>')
    .action((files: string[]) => {
      const results = files.map((file) => checkFile(file, program.opts().workspace));
      for (const result of results) {
        for (const diagnostic of sortDiagnostics(result.diagnostics)) output.out(formatDiagnostic(diagnostic, cwd));
      }
      exitCode = results.some(hasErrors) ? EXIT_ERRORS : EXIT_CLEAN;
    });

  program
    .command('model')
    .description('print the resolved scenario model as JSON')
    .argument('<file>')
    .option('--variant <name>', 'print only this variant\'s complete configuration')
    .action((file: string, options: { variant?: string }) => {
      const result = checkFile(file, program.opts().workspace);
      if (!result.model) {
        for (const diagnostic of sortDiagnostics(result.diagnostics)) output.err(formatDiagnostic(diagnostic, cwd));
        exitCode = EXIT_ERRORS;
        return;
      }
      if (options.variant === undefined) {
        output.out(JSON.stringify(result.model, null, 2));
        return;
      }
      const variants = result.model.experiments.flatMap((experiment) => experiment.variants);
      const variant = variants.find((candidate) => candidate.name === options.variant);
      if (!variant) {
        const known = variants.map((candidate) => candidate.name).join(', ') || 'none';
        throw new CannotRun(`${file}: no variant '${options.variant}' (variants: ${known})`);
      }
      output.out(JSON.stringify(variant, null, 2));
    });

  registerRunCommand(program, {
    check: (file) => checkFile(file, program.opts().workspace),
    out: output.out,
    err: output.err,
    refuse: (message) => {
      throw new CannotRun(message);
    },
    setExitCode: (code) => (exitCode = code),
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CLEAN : EXIT_COULD_NOT_RUN;
    output.err(error instanceof CannotRun ? error.message : `tornet: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_COULD_NOT_RUN;
  }
  return exitCode;
}

void run(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
}).then((code) => (process.exitCode = code));
