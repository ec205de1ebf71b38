// The names users read for the national tables, the format eras and the report kinds: one spelling each,
// in Chinese and English, used by diagnostics, hover, completion, snippets, outline, status bar and docs.
//
// Tables are named after the part of the report that holds them, as reviewers and the reports themselves
// refer to them: 表二 under 二、主动公开政府信息情况, 表三 under 三、收到和处理政府信息公开申请情况, 表四 under
// 四、政府信息公开行政复议、行政诉讼情况. English follows the same numbers (Table 2/3/4), so a user switching
// language sees the same table. (The code's ids A/B/C are internal and never shown.)
import type { Era, LocalizedText, NationalTableId, ReportKind } from '../model';

export interface TableName {
  /** 表三 / Table 3 */
  short: LocalizedText;
  /** What the table counts: 收到和处理政府信息公开申请情况 / applications received and handled */
  subject: LocalizedText;
  /** 表三（收到和处理政府信息公开申请情况） / Table 3 (applications received and handled) */
  full: LocalizedText;
}

function tableName(zh: string, en: string, subjectZh: string, subjectEn: string): TableName {
  return {
    short: { zh, en },
    subject: { zh: subjectZh, en: subjectEn },
    full: { zh: `${zh}（${subjectZh}）`, en: `${en} (${subjectEn})` },
  };
}

export const TABLE_NAMES: Record<NationalTableId, TableName> = {
  A: tableName('表二', 'Table 2', '主动公开政府信息情况', 'proactive disclosure'),
  B: tableName('表三', 'Table 3', '收到和处理政府信息公开申请情况', 'applications received and handled'),
  C: tableName('表四', 'Table 4', '政府信息公开行政复议、行政诉讼情况', 'administrative review and litigation'),
};

export const ERA_NAMES: Record<Era, LocalizedText> = {
  legacy: { zh: '2008—2018年旧格式', en: 'legacy format (2008–2018)' },
  '2019': { zh: '2019年试行格式', en: '2019 trial format' },
  '2021': { zh: '2021年格式', en: '2021 format' },
};

export const KIND_NAMES: Record<ReportKind, LocalizedText> = {
  government: { zh: '人民政府', en: "people's government" },
  department: { zh: '人民政府部门', en: 'government department' },
};
