// The custom request `nianbao/import`: the server converts a .pdf/.docx/.html file into the checkable
// Markdown the client opens beside the original. Shared by the server and the VS Code client (types only).

export const IMPORT_METHOD = 'nianbao/import';

export interface ImportParams {
  /** A file: URI of the original. */
  uri: string;
}

export interface ImportMessage {
  severity: 'error' | 'warning' | 'information';
  zh: string;
  en: string;
}

export type ImportResponse =
  | { ok: true; text: string; format: string; notes: ImportMessage[] }
  | { ok: false; error: ImportMessage };
