// The language server and its worker threads are one bundle (dist/server.js, see server/src/main.ts): a worker
// is started from that file with its role in `workerData`, so the core is stored in the .vsix once, not thrice.
export type WorkerRole = 'analysis' | 'index';

/** `workerData` for a worker of `role`, with what that role's worker reads besides (the analysis worker's stamp). */
export const workerDataFor = (role: WorkerRole, data: object = {}) => ({ ...data, role });
