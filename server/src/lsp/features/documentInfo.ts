// `nianbao/documentInfo`: the reports of a document (year, era, kind), its finding counts and the text of
// what the parser understood, computed from the session's one parse and check of the current version.
import { describeDocument, inferredEraName, inferredKindName, isNewReport, localize, reportName, type Finding } from '../../core';
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

export const documentInfoFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(DOCUMENT_INFO_METHOD, (params: DocumentInfoParams | null) => {
      const fallback: DocumentInfo = {
        reports: [],
        counts: countFindings([]),
        description: localize(NOT_AVAILABLE, session.lang),
      };
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return session.withDocument(uri, `文档信息生成失败 / documentInfo failed for ${uri}`, fallback, async (document) => {
        const { doc, findings } = await session.checked(document);
        return {
          reports: doc.reports.map((r) => ({
            name: reportName(r, session.lang),
            year: r.year ?? null,
            era: r.era,
            kind: r.kind,
            isNew: isNewReport(r),
            eraName: inferredEraName(r, session.lang) ?? null,
            kindName: inferredKindName(r, session.lang) ?? null,
          })),
          counts: countFindings(findings),
          description: describeDocument(doc, session.lang),
        };
      });
    });
  },
};
