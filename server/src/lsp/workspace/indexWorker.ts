// The entry of an index worker (bundled as dist/indexWorker.js, started by indexRunner.ts): indexes the files
// it is sent, one at a time, and runs the set-level checks when asked.
import { parentPort } from 'node:worker_threads';
import { runCrossChecks } from './crossChecks';
import { indexFile } from './indexFile';
import type { FromIndexWorker, ToIndexWorker } from './indexRunner';

const port = parentPort!;
port.on('message', (m: ToIndexWorker) => {
  let reply: FromIndexWorker;
  try {
    reply = m.type === 'file' ? { id: m.id, result: indexFile(m.job) } : { id: m.id, result: runCrossChecks(m.job) };
  } catch (err) {
    reply = { id: m.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
  port.postMessage(reply);
});
