// Completion: the next required section heading at the start of a line, and the rows a Table B or C
// still lacks while a new Markdown row is typed (server/src/core/completion.ts).
// Trigger characters: "|" opens a new table row (the list appears at once, before any label is typed);
// "、" completes a heading number ("三、"), after which editors would otherwise not ask again, since it
// is not a word character. Everything else is covered by the editor's ordinary completion on typing.
import { CompletionItemKind, CompletionRequest, type CompletionItem, type Position } from 'vscode-languageserver/node';
import { completionsAt, localize } from '../../core';
import { offsetIn, type AnalysisRequest, type Answer } from '../analysis';
import { toRange } from '../convert';
import { checkParams } from '../params';
import type { Feature } from './feature';

export const answerCompletion: Answer<{ position: Position }, CompletionItem[]> = ({ doc }, { position }, ctx) =>
  completionsAt(doc, offsetIn(doc, position)).map((c, i): CompletionItem => ({
    label: c.label,
    kind: c.kind === 'heading' ? CompletionItemKind.Module : CompletionItemKind.EnumMember,
    detail: localize(c.detail, ctx.lang),
    // Keep the order given: the next expected heading first, table rows in table order.
    sortText: String(i).padStart(4, '0'),
    textEdit: { range: toRange(doc, c.range), newText: c.insertText },
  }));

export const COMPLETION: AnalysisRequest<{ position: Position }, CompletionItem[]> = { kind: 'completion', answer: answerCompletion };

export const completionFeature: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: ['|', '、'] } }),
  register(session) {
    session.connection.onCompletion((params, token) => {
      checkParams(CompletionRequest.method, params, 'textDocument', 'position');
      return session.withDocument(params.textDocument.uri, '补全失败 / completion failed', [] as CompletionItem[], (document) =>
        session.answer(document, COMPLETION, { position: params.position }, token),
      );
    });
  },
};
