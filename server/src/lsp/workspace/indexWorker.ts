// The entry of an index worker (in dist/server.js, started by indexRunner.ts with the role 'index', see main.ts): indexes the files
// it is sent, one at a time, and runs the set-level checks when asked.
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runCrossChecks } from './crossChecks';
import { indexFile } from './indexFile';
import type { FromIndexWorker, ToIndexWorker } from './indexRunner';

// Background work yields to the editor: on Linux the nice value is per thread, so this lowers only this worker
// (elsewhere it would lower the whole server, so it is left alone).
if (process.platform === 'linux') {
  try {
    os.setPriority(10);
  } catch {
    // not allowed: indexing runs at the server's priority
  }
}

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
