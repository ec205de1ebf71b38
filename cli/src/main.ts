// Entry point of the `nianbao` command.
import { parseArgs, UsageError, USAGE } from './args';
import { runCheck } from './check';
import { runOutline } from './outline';
import { runExport } from './export';
import { runNextYear } from './nextYear';

declare const process: NodeJS.Process;

function main(argv: string[]): number | Promise<number> {
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      out(USAGE);
      return 0;
    }
    if (args.command === 'version') {
      out('0.1.0');
      return 0;
    }
    if (args.command === 'export') return runExport(args, err).catch((e: unknown) => internalError(e, err));
    if (args.command === 'next-year') return runNextYear(args, out, err);
    return args.command === 'check' ? runCheck(args, out, err) : runOutline(args, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`nianbao: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    return internalError(e, err);
  }
}

function internalError(e: unknown, err: (s: string) => void): number {
  err(`nianbao: 内部错误 / internal error: ${(e as Error).stack ?? e}`);
  return 2;
}

// `nianbao outline … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
