// Hover tips: what a table cell, a count, a date or a section heading means, from the core's hoverAt.
import { HoverRequest, MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { hoverAt } from '../../core';
import { offsetIn, type AnalysisRequest, type Answer } from '../analysis';
import { toRange } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

export const answerHover: Answer<{ position: Position }, Hover | null> = ({ doc, config }, { position }, ctx) => {
  const hover = hoverAt(doc, offsetIn(doc, position), { lang: ctx.lang, config });
  if (!hover) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, hover.span) };
};

export const HOVER: AnalysisRequest<{ position: Position }, Hover | null> = { kind: 'hover', answer: answerHover };

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(session) {
    session.connection.onHover((params, token) => {
      checkParams(HoverRequest.method, params, 'textDocument', 'position');
      return session.withDocument(params.textDocument.uri, '悬停提示生成失败 / hover failed', null, (document) =>
        session.answer(document, HOVER, { position: params.position }, token),
      );
    });
  },
};
