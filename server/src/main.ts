// The entry of dist/server.js: the language server on the main thread, or, in a worker thread the server
// started from this same file, the worker its `workerData` names (lsp/workerRole.ts). One bundle stores the
// core once; each role's modules are initialised only when that role runs.
import { isMainThread, workerData } from 'node:worker_threads';
import type { WorkerRole } from './lsp/workerRole';

const role: WorkerRole | undefined = isMainThread ? undefined : (workerData as { role?: WorkerRole } | null)?.role;
if (role === 'analysis') require('./lsp/analysisWorker');
else if (role === 'index') require('./lsp/workspace/indexWorker');
else require('./server');
