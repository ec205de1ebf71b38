// 由上年报告生成本年度报告 as a server command (workspace/executeCommand): the draft of next year's report
// made from an open document (core nextYearDraft), answered from the session's parse of its current version.
import { ResponseError, type CancellationToken, type ExecuteCommandParams } from 'vscode-languageserver/node';
import { localize, nextYearDraft } from '../../core';
import type { AnalysisRequest, Answer } from '../analysis';
import { NEXT_YEAR_COMMAND, type NextYearResult } from '../nextYearProtocol';
import type { Feature } from './feature';

export const answerNextYear: Answer<null, NextYearResult | null> = (analysis, _params, { lang }) => {
  const draft = nextYearDraft(analysis.doc);
  return draft ? { text: draft.text, year: draft.year, notes: draft.notes.map((n) => localize(n, lang)) } : null;
};

export const NEXT_YEAR: AnalysisRequest<null, NextYearResult | null> = { kind: 'nextYear', answer: answerNextYear };

export const nextYearFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [NEXT_YEAR_COMMAND] } }),
  register(session) {
    session.commands.set(NEXT_YEAR_COMMAND, (params: ExecuteCommandParams, token: CancellationToken) => {
      const uri = params.arguments?.[0];
      if (typeof uri !== 'string') throw new ResponseError(-32602, `${NEXT_YEAR_COMMAND}: the first argument must be the report's uri`);
      return session.withDocument(uri, `生成本年度报告草稿失败 / next year's draft failed for ${uri}`, null, (document) =>
        session.answer(document, NEXT_YEAR, null, token),
      );
    });
  },
};
