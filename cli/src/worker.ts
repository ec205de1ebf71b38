// A worker thread of `--jobs N`: checks the files the main thread sends, one at a time, and answers with
// their results. Bundled as dist/cliWorker.js next to dist/cli.js (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type AnalyzeOptions } from './analyze';
import { transferablesOf, withJsonEntry } from './jsonOutput';

export interface WorkerRequest {
  index: number;
  file: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', async (req: WorkerRequest) => {
  try {
    const result = withJsonEntry(await analyzeFile(req.file, req.options), req.options);
    // The JSON entry's bytes move to the main thread without a copy.
    parentPort!.postMessage({ index: req.index, result }, result.json ? transferablesOf(result.json) : []);
  } catch (e) {
    parentPort!.postMessage({ index: req.index, error: (e as Error).stack ?? String(e) });
  }
});
