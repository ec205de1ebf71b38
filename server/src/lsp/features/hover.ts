// Hover tips: what a table cell, a count, a date or a section heading means, from the core's hoverAt.
import { HoverRequest, MarkupKind } from 'vscode-languageserver/node';
import { hoverAt } from '../../core';
import { toRange } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(session) {
    session.connection.onHover((params) => {
      checkParams(HoverRequest.method, params, 'textDocument', 'position');
      return session.withDocument(params.textDocument.uri, '悬停提示生成失败 / hover failed', null, async (document) => {
        const { doc, config } = await session.parsed(document);
        const hover = hoverAt(doc, document.offsetAt(params.position), { lang: session.lang, config });
        if (!hover) return null;
        return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, hover.span) };
      });
    });
  },
};
