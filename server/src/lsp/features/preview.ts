// `nianbao/preview`: the HTML of the live preview, from the session's one parse and check of the current version.
import type { CancellationToken } from 'vscode-languageserver/node';
import { renderPreview } from '../../core';
import type { AnalysisRequest, Answer } from '../analysis';
import { PREVIEW_METHOD, type PreviewParams, type PreviewResult } from '../previewProtocol';
import type { Feature } from './feature';

export const answerPreview: Answer<null, PreviewResult> = (analysis, _params, { lang, version }) => ({
  version,
  html: renderPreview(analysis.doc, { lang, config: analysis.config, findings: analysis.findings() }),
});

export const PREVIEW: AnalysisRequest<null, PreviewResult> = { kind: 'preview', answer: answerPreview };

export const previewFeature: Feature = {
  capabilities: () => ({}),
  register(session) {
    session.connection.onRequest(PREVIEW_METHOD, (params: PreviewParams | null, token: CancellationToken) => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return session.withDocument<PreviewResult | null>(uri, `预览生成失败 / preview failed for ${uri}`, null, (document) =>
        session.answer(document, PREVIEW, null, token),
      );
    });
  },
};
