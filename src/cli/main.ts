// argv -> command -> exit code. Nothing here touches process.*: bin/neglint.js
// passes the process's streams in, tests pass fakes.
import path from 'node:path';
import { Chalk } from 'chalk';
import { UsageError } from '../config/errors.js';
import { matchingOverrides, resolveFileConfig } from '../config/resolve.js';
import { listRules } from '../index.js';
import { helpText, parseArgv, type RunOptions } from './args.js';
import { loadCliConfig, run, type CliIO } from './run.js';
import { sanitizeLines } from '../reporters/common.js';
import { toolVersion } from './version.js';
import { writeStarterConfig } from './init.js';

export type { CliIO } from './run.js';
export type { RunOptions } from './args.js';

function listRulesText(options: RunOptions): string {
  const metas = listRules();
  if (options.format === 'json') {
    return `${JSON.stringify(
      metas.map(({ id, severity, description, url }) => ({ id, severity, description, url })),
      null,
      2,
    )}\n`;
  }
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue } as const;
  const idWidth = Math.max(4, ...metas.map((m) => m.id.length));
  const sevWidth = Math.max(8, ...metas.map((m) => m.severity.length));
  const lines = [chalk.bold(`${'rule'.padEnd(idWidth)}  ${'severity'.padEnd(sevWidth)}  description`)];
  for (const meta of metas) {
    lines.push(`${meta.id.padEnd(idWidth)}  ${paint[meta.severity](meta.severity.padEnd(sevWidth))}  ${meta.description}`);
  }
  return `${lines.join('\n')}\n`;
}

async function printConfigText(options: RunOptions, io: CliIO): Promise<string> {
  const named = options.stdin ? (options.stdinFilename !== undefined ? [options.stdinFilename] : []) : options.patterns;
  if (named.length > 1) throw new UsageError('--print-config takes one file path');
  const loaded = await loadCliConfig(options, io);
  const file = named[0];
  const relPath = file === undefined ? '' : path.relative(loaded.baseDir, path.resolve(io.cwd, file)).split(path.sep).join('/');
  const resolved = resolveFileConfig(loaded, relPath, { ruleOverrides: options.ruleOverrides, profile: options.profile });
  const out = {
    file: file ?? null,
    source: loaded.source,
    configFile: loaded.filePath,
    overrides: file === undefined ? [] : matchingOverrides(loaded, relPath),
    include: loaded.config.include ?? null,
    exclude: loaded.config.exclude ?? null,
    ...resolved,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The command line. Returns the exit code: 0 clean, 1 findings, 2 usage, config or internal error. */
export async function main(argv: string[], given: CliIO): Promise<number> {
  // File names and reasons on stderr come from the file system and the data:
  // no escape sequence or bidi override reaches the terminal raw.
  const io: CliIO = {
    ...given,
    stderr: { write: (chunk: string) => given.stderr.write(sanitizeLines(chunk)) },
    progressStream: given.progressStream ?? given.stderr,
  };
  let debug = argv.includes('--debug');
  try {
    const command = parseArgv(argv, {
      ruleIds: listRules().map((meta) => meta.id),
      env: io.env,
      stdoutIsTTY: io.stdout.isTTY === true,
    });
    switch (command.kind) {
      case 'help':
        io.stdout.write(helpText(toolVersion()));
        return 0;
      case 'version':
        io.stdout.write(`${toolVersion()}\n`);
        return 0;
      case 'list-rules':
        io.stdout.write(listRulesText(command.options));
        return 0;
      case 'print-config':
        debug = command.options.debug;
        io.stdout.write(await printConfigText(command.options, io));
        return 0;
      case 'init': {
        const written = await writeStarterConfig(io.cwd, listRules(), toolVersion(), command.options.configFile);
        io.stdout.write(`Wrote ${written}: every setting in it is commented out; edit it, then run neglint.\n`);
        return 0;
      }
      case 'lint':
        debug = command.options.debug;
        return await run(command.options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`neglint: ${error.message}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`neglint: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
