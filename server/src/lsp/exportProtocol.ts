// The custom request `nianbao/exportDocx`: the open report as the bytes of a Word document in the official
// layout (server/src/export/docx.ts). Shared by the server and the VS Code client (types only); the client
// asks where to save the file and writes it.
export const EXPORT_DOCX_METHOD = 'nianbao/exportDocx';

export interface ExportDocxParams {
  uri: string;
}

/** The .docx file as base64, or why there is none (in the server's language). */
export type ExportDocxResult = { base64: string } | { error: string };
