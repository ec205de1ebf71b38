// V8 settings for the `nianbao` command, set before any of its code runs hot. Imported first by main.ts; V8's
// flags are the process's, so the worker threads of --jobs N run with them too.
//
// Less inlining in TurboFan (of functions, and of the array builtins' loops with their callbacks): a batch run
// compiles each hot function once per worker, and with inlining that compiling took about a third of the CPU
// time of `check --jobs 2` on 1,000 reports (profiled by thread: 2.7 s of a core per worker), more than the
// inlined code saved over a worker's 500 files; the files checked after the first hundred take no longer
// without it. Measured in alternated runs: 5–15 % less wall time with --jobs 2, the same with --jobs 1
// (docs/architecture.md). Both flags are old and stable V8 flags (an unknown one would print an error). The
// language server, long-lived and answering single documents, keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--no-turbo-inline-array-builtins');
