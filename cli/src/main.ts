// Entry point of the `nianbao` command.
import './v8Tuning';
import { parseArgs, UsageError, USAGE } from './args';
import { runCheck } from './check';
import { runConvert } from './convert';
import { runOutline } from './outline';
import { runExport } from './export';
import { runNextYear } from './nextYear';
import { runReport } from './report/command';

declare const process: NodeJS.Process;

async function main(argv: string[]): Promise<number> {
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
    if (args.command === 'export') return await runExport(args, err).catch((e: unknown) => internalError(e, err));
    if (args.command === 'next-year') return await runNextYear(args, out, err);
    if (args.command === 'convert') return await runConvert(args, out, err);
    if (args.command === 'check') return await runCheck(args, out, err, process.stderr);
    if (args.command === 'report') return await runReport(args, err, process.stderr);
    return await runOutline(args, out, err);
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

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
