// `nianbao/documentInfo`: the reports of a document (year, era, kind), its finding counts and the text of
// what the parser understood, computed from the session's one parse and check of the current version.
import type { CancellationToken } from 'vscode-languageserver/node';
import { describeDocument, inferredEraName, inferredKindName, isNewReport, localize, reportName, type Finding } from '../../core';
import type { AnalysisRequest, Answer } from '../analysis';
import { DOCUMENT_INFO_METHOD, type DocumentInfo, type DocumentInfoParams, type FindingCounts } from '../documentInfoProtocol';
import type { Feature } from './feature';

const NOT_AVAILABLE = {
  zh: '没有解析结果：语言服务器中没有打开这个文档，或解析失败（失败原因记录在服务器日志中）。',
  en: 'No parse result: the document is not open in the language server, or parsing failed (the server log says why).',
};

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export const answerDocumentInfo: Answer<null, DocumentInfo> = (analysis, _params, { lang }) => {
  const { doc } = analysis;
  return {
    reports: doc.reports.map((r) => ({
      name: reportName(r, lang),
      year: r.year ?? null,
      era: r.era,
      kind: r.kind,
      isNew: isNewReport(r),
      eraName: inferredEraName(r, lang) ?? null,
      kindName: inferredKindName(r, lang) ?? null,
    })),
    counts: countFindings(analysis.findings()),
    description: describeDocument(doc, lang),
  };
};

export const DOCUMENT_INFO: AnalysisRequest<null, DocumentInfo> = { kind: 'documentInfo', answer: answerDocumentInfo };

export const documentInfoFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(DOCUMENT_INFO_METHOD, (params: DocumentInfoParams | null, token: CancellationToken) => {
      const fallback: DocumentInfo = {
        reports: [],
        counts: countFindings([]),
        description: localize(NOT_AVAILABLE, session.lang),
      };
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return session.withDocument(uri, `文档信息生成失败 / documentInfo failed for ${uri}`, fallback, (document) =>
        session.answer(document, DOCUMENT_INFO, null, token),
      );
    });
  },
};
