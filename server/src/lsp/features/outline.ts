// Document symbols (reports → sections → subsections → tables) and folding ranges.
import { DocumentSymbolRequest, FoldingRangeRequest } from 'vscode-languageserver/node';
import { toDocumentSymbols, toFoldingRanges } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

export const outlineFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: '政府信息公开年报' }, foldingRangeProvider: true }),
  register(session) {
    session.connection.onDocumentSymbol((params) => {
      checkParams(DocumentSymbolRequest.method, params, 'textDocument');
      return session.withDocument(params.textDocument.uri, '大纲生成失败 / outline failed', [], async (d) => toDocumentSymbols((await session.parsed(d)).doc, session.lang));
    });
    session.connection.onFoldingRanges((params) => {
      checkParams(FoldingRangeRequest.method, params, 'textDocument');
      return session.withDocument(params.textDocument.uri, '折叠范围生成失败 / folding failed', [], async (d) => toFoldingRanges((await session.parsed(d)).doc));
    });
  },
};
