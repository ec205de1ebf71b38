// Format Document / Format Selection: the report's pipe and tab tables aligned by display width
// (formatTables in the core); nothing outside the tables changes.
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { DocumentFormattingParams, DocumentRangeFormattingParams } from 'vscode-languageserver/node';
import { formatTables } from '../../core';
import { offsetIn, type AnalysisRequest, type Answer } from '../analysis';
import { toRange } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

type FormattingParams = Pick<DocumentRangeFormattingParams, 'range'> | null;

export const answerFormatting: Answer<FormattingParams, LspTextEdit[]> = ({ doc }, params) => {
  const from = params ? offsetIn(doc, params.range.start) : 0;
  const to = params ? offsetIn(doc, params.range.end) : doc.text.length;
  return formatTables(doc, from, to).map((e) => ({ range: toRange(doc, e), newText: e.newText }));
};

export const FORMATTING: AnalysisRequest<FormattingParams, LspTextEdit[]> = { kind: 'formatting', answer: answerFormatting };

export const formattingFeature: Feature = {
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(session) {
    session.connection.onDocumentFormatting((params: DocumentFormattingParams, token) => {
      checkParams(DocumentFormattingRequest.method, params, 'textDocument');
      return session.withDocument(params.textDocument.uri, '格式化失败 / formatting failed', [] as LspTextEdit[], (d) => session.answer(d, FORMATTING, null, token));
    });
    session.connection.onDocumentRangeFormatting((params: DocumentRangeFormattingParams, token) => {
      checkParams(DocumentRangeFormattingRequest.method, params, 'textDocument', 'range');
      return session.withDocument(params.textDocument.uri, '格式化失败 / formatting failed', [] as LspTextEdit[], (d) =>
        session.answer(d, FORMATTING, { range: params.range }, token),
      );
    });
  },
};
