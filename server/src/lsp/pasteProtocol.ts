// The custom request `nianbao/htmlToPipeTables`: HTML from the clipboard (a table copied from Word, WPS or a
// web page) as the text with pipe tables that the parser reads. Shared by the server and the VS Code client
// (types only), which offers the answer as a paste option in report documents.
export const HTML_TO_PIPE_TABLES_METHOD = 'nianbao/htmlToPipeTables';

export interface HtmlToPipeTablesParams {
  html: string;
}

export interface HtmlToPipeTablesResult {
  /** The paragraphs and tables of the HTML as report text; null when it holds no table (a plain paste is as good). */
  text: string | null;
}
