// What the 《条例》 (2019 revision) says behind a row of the national tables (report-format.md §1.4 and
// §9). Mappings the spec derives itself ([D]) are shown as 参考 (for reference).
import type { LocalizedText } from '../model';

export interface RowTip {
  text: LocalizedText;
  /** The mapping is derived, not printed in the format: shown as 参考. */
  reference: boolean;
}

const ART14: LocalizedText = {
  zh: '第十四条：依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开',
  en: 'Art. 14: information classified as a state secret, information whose disclosure laws or administrative regulations forbid, and information whose disclosure may endanger national, public or economic security or social stability is not disclosed',
};

function ref(zh: string, en: string): RowTip {
  return { text: { zh, en }, reference: true };
}

/** Table B rows by id. */
export const TABLE_B_TIPS: Record<string, RowTip[]> = {
  '三（一）': [ref('第三十六条第（一）（二）项', 'Art. 36(1)(2)')],
  '三（二）': [
    { text: { zh: '区分处理的，只计这一情形，不计其他情形', en: 'A request handled in parts is counted here only, under no other outcome' }, reference: false },
    ref('第三十七条（区分处理）', 'Art. 37 (separating what can be disclosed)'),
  ],
  '三（三）1': [{ text: ART14, reference: true }],
  '三（三）2': [{ text: ART14, reference: true }],
  '三（三）3': [
    { text: ART14, reference: true },
    ref('“三安全一稳定”即国家安全、公共安全、经济安全和社会稳定', '“三安全一稳定”: national, public and economic security and social stability'),
  ],
  '三（三）4': [ref('第十五条（第三方合法权益）', 'Art. 15 (lawful rights of third parties)')],
  '三（三）5': [ref('第十六条第一款：人事管理、后勤管理、内部工作流程等内部事务信息', 'Art. 16(1): internal affairs — personnel, logistics, internal procedures')],
  '三（三）6': [ref('第十六条第二款：讨论记录、过程稿、磋商信函、请示报告等过程性信息', 'Art. 16(2): process information — minutes, drafts, consultation letters, requests for instructions')],
  '三（三）7': [ref('第十六条第二款：行政执法案卷信息', 'Art. 16(2): administrative enforcement files')],
  '三（三）8': [ref('第三十六条第（七）项（工商、不动产登记资料等查询另有规定的）', 'Art. 36(7) (registers with their own rules of inspection)')],
  '三（四）1': [ref('第三十六条第（四）（五）项', 'Art. 36(4)(5)')],
  '三（四）2': [ref('第三十八条', 'Art. 38')],
  '三（四）3': [ref('第三十条', 'Art. 30')],
  '三（五）1': [ref('第三十九条第一款', 'Art. 39(1)')],
  '三（五）2': [ref('第三十六条第（六）项', 'Art. 36(6)')],
  '三（五）3': [ref('第三十九条第二款', 'Art. 39(2)')],
  '三（五）4': [ref('第三十五条', 'Art. 35')],
  '三（六）1': [
    {
      text: { zh: '第三十条：申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请', en: 'Art. 30: an applicant who does not complete the request in time without good reason is deemed to withdraw it, and it is not processed further' },
      reference: false,
    },
  ],
  '三（六）2': [ref('第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）', 'Art. 42; the measures on information processing fees (国办函〔2020〕109号)')],
  一: [],
  二: [],
  '三（七）': [],
  四: [],
};

/** 第二十条 items behind the parts of Table A (report-format.md §1.4, [P]). */
export const ARTICLE_20: Record<string, LocalizedText> = {
  一: { zh: '第二十条第（一）项：行政法规、规章和规范性文件', en: 'Art. 20(1): administrative regulations, rules and normative documents' },
  五: { zh: '第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果', en: 'Art. 20(5): the basis, conditions, procedure and results of administrative licensing and other external management services' },
  六: { zh: '第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定', en: 'Art. 20(6): the basis, conditions and procedure of administrative penalties and compulsory measures, and penalty decisions of some public impact' },
  八: { zh: '第二十条第（八）项：行政事业性收费项目及其依据、标准', en: 'Art. 20(8): administrative fees, their basis and rates' },
  九: { zh: '第二十条第（九）项：政府集中采购项目的目录、标准及实施情况', en: 'Art. 20(9): the catalogue, standards and implementation of centralized government procurement' },
};

/** How a tip line reads: "《条例》…", with （参考） for derived mappings. */
export function tipLine(tip: RowTip): LocalizedText {
  const isArticle = /^第[一二三四五六七八九十]+条/.test(tip.text.zh);
  const zh = `${isArticle ? '《条例》' : ''}${tip.text.zh}${tip.reference ? '（参考）' : ''}`;
  const en = `${isArticle ? 'Regulations, ' : ''}${tip.text.en}${tip.reference ? ' (for reference)' : ''}`;
  return { zh, en };
}
