// Document symbols (reports → sections → subsections → tables) and folding ranges.
import { DocumentSymbolRequest, FoldingRangeRequest, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { AnalysisRequest, Answer } from '../analysis';
import { toDocumentSymbols, toFoldingRanges } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

export const answerSymbols: Answer<null, DocumentSymbol[]> = ({ doc }, _params, ctx) => toDocumentSymbols(doc, ctx.lang);
export const answerFolding: Answer<null, FoldingRange[]> = ({ doc }) => toFoldingRanges(doc);

export const SYMBOLS: AnalysisRequest<null, DocumentSymbol[]> = { kind: 'symbols', answer: answerSymbols };
export const FOLDING: AnalysisRequest<null, FoldingRange[]> = { kind: 'folding', answer: answerFolding };

export const outlineFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: '政府信息公开年报' }, foldingRangeProvider: true }),
  register(session) {
    session.connection.onDocumentSymbol((params, token) => {
      checkParams(DocumentSymbolRequest.method, params, 'textDocument');
      return session.withDocument(params.textDocument.uri, '大纲生成失败 / outline failed', [] as DocumentSymbol[], (d) => session.answer(d, SYMBOLS, null, token));
    });
    session.connection.onFoldingRanges((params, token) => {
      checkParams(FoldingRangeRequest.method, params, 'textDocument');
      return session.withDocument(params.textDocument.uri, '折叠范围生成失败 / folding failed', [] as FoldingRange[], (d) => session.answer(d, FOLDING, null, token));
    });
  },
};
