// The labels of the national statistics tables (report-format.md §2.4–2.6), with stable ids.
// Table B row ids follow the printed numbering: "一", "三（三）1", "三（七）", "四".

export interface LabelDef {
  id: string;
  label: string;
  /** Which format years use the label; absent = both. */
  era?: '2019' | '2021';
}

export const TABLE_B_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const TABLE_B_COLUMNS: LabelDef[] = [
  { id: '自然人', label: '自然人' },
  { id: '商业企业', label: '商业企业' },
  { id: '科研机构', label: '科研机构' },
  { id: '社会公益组织', label: '社会公益组织' },
  { id: '法律服务机构', label: '法律服务机构' },
  { id: '其他', label: '其他' },
  { id: '总计', label: '总计' },
];

export const TABLE_B_GROUPS: Record<string, string> = {
  三: '三、本年度办理结果',
  '三（三）': '（三）不予公开',
  '三（四）': '（四）无法提供',
  '三（五）': '（五）不予处理',
  '三（六）': '（六）其他处理',
};

export const TABLE_B_ROWS: LabelDef[] = [
  { id: '一', label: '一、本年新收政府信息公开申请数量' },
  { id: '二', label: '二、上年结转政府信息公开申请数量' },
  { id: '三（一）', label: '（一）予以公开' },
  { id: '三（二）', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { id: '三（三）1', label: '1.属于国家秘密' },
  { id: '三（三）2', label: '2.其他法律行政法规禁止公开' },
  { id: '三（三）3', label: '3.危及“三安全一稳定”' },
  { id: '三（三）4', label: '4.保护第三方合法权益' },
  { id: '三（三）5', label: '5.属于三类内部事务信息' },
  { id: '三（三）6', label: '6.属于四类过程性信息' },
  { id: '三（三）7', label: '7.属于行政执法案卷' },
  { id: '三（三）8', label: '8.属于行政查询事项' },
  { id: '三（四）1', label: '1.本机关不掌握相关政府信息' },
  { id: '三（四）2', label: '2.没有现成信息需要另行制作' },
  { id: '三（四）3', label: '3.补正后申请内容仍不明确' },
  { id: '三（五）1', label: '1.信访举报投诉类申请' },
  { id: '三（五）2', label: '2.重复申请' },
  { id: '三（五）3', label: '3.要求提供公开出版物' },
  { id: '三（五）4', label: '4.无正当理由大量反复申请' },
  { id: '三（五）5', label: '5.要求行政机关确认或重新出具已获取信息' },
  { id: '三（六）', label: '（六）其他处理', era: '2019' },
  { id: '三（六）1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', era: '2021' },
  { id: '三（六）2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', era: '2021' },
  { id: '三（六）3', label: '3.其他', era: '2021' },
  { id: '三（七）', label: '（七）总计' },
  { id: '四', label: '四、结转下年度继续办理' },
];

export const TABLE_C_GROUPS = ['行政复议', '未经复议直接起诉', '复议后起诉'] as const;
export const TABLE_C_OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
/** The 15 data columns in printed order; ids are "group/outcome". */
export const TABLE_C_COLUMNS: LabelDef[] = TABLE_C_GROUPS.flatMap((g) =>
  TABLE_C_OUTCOMES.map((o) => ({ id: `${g}/${o}`, label: g === '行政复议' ? `行政复议 / ${o}` : `行政诉讼 / ${g} / ${o}` })),
);
export const TABLE_C_ROW_ID = '数据';

/** Table A: the 第二十条 items, their rows and columns in each format. */
export interface TableAPart {
  item: string; // 一 五 六 八 九
  caption: string;
  rows: LabelDef[];
  columns: LabelDef[];
}

export const TABLE_A_PARTS: TableAPart[] = [
  {
    item: '一',
    caption: '第二十条第（一）项',
    rows: [
      { id: '规章', label: '规章' },
      { id: '行政规范性文件', label: '行政规范性文件', era: '2021' },
      { id: '规范性文件', label: '规范性文件', era: '2019' },
    ],
    columns: [
      { id: '本年制发件数', label: '本年制发件数', era: '2021' },
      { id: '本年废止件数', label: '本年废止件数', era: '2021' },
      { id: '现行有效件数', label: '现行有效件数', era: '2021' },
      { id: '本年新制作数量', label: '本年新制作数量', era: '2019' },
      { id: '本年新公开数量', label: '本年新公开数量', era: '2019' },
      { id: '对外公开总数量', label: '对外公开总数量', era: '2019' },
    ],
  },
  {
    item: '五',
    caption: '第二十条第（五）项',
    rows: [
      { id: '行政许可', label: '行政许可' },
      { id: '其他对外管理服务事项', label: '其他对外管理服务事项', era: '2019' },
    ],
    columns: [
      { id: '本年处理决定数量', label: '本年处理决定数量', era: '2021' },
      { id: '上一年项目数量', label: '上一年项目数量', era: '2019' },
      { id: '本年增/减', label: '本年增/减', era: '2019' },
      { id: '处理决定数量', label: '处理决定数量', era: '2019' },
    ],
  },
  {
    item: '六',
    caption: '第二十条第（六）项',
    rows: [
      { id: '行政处罚', label: '行政处罚' },
      { id: '行政强制', label: '行政强制' },
    ],
    columns: [
      { id: '本年处理决定数量', label: '本年处理决定数量', era: '2021' },
      { id: '上一年项目数量', label: '上一年项目数量', era: '2019' },
      { id: '本年增/减', label: '本年增/减', era: '2019' },
      { id: '处理决定数量', label: '处理决定数量', era: '2019' },
    ],
  },
  {
    item: '八',
    caption: '第二十条第（八）项',
    rows: [{ id: '行政事业性收费', label: '行政事业性收费' }],
    columns: [
      { id: '本年收费金额（单位：万元）', label: '本年收费金额（单位：万元）', era: '2021' },
      { id: '上一年项目数量', label: '上一年项目数量', era: '2019' },
      { id: '本年增/减', label: '本年增/减', era: '2019' },
    ],
  },
  {
    item: '九',
    caption: '第二十条第（九）项',
    rows: [{ id: '政府集中采购', label: '政府集中采购', era: '2019' }],
    columns: [
      { id: '采购项目数量', label: '采购项目数量', era: '2019' },
      { id: '采购总金额', label: '采购总金额', era: '2019' },
    ],
  },
];

export const TABLE_A_HEADER_FIRST = '信息内容';

/** Every row label of the three tables, for telling table-row lines from headings in prose. */
export function allRowLabels(): string[] {
  return [
    ...TABLE_B_ROWS.map((r) => r.label),
    ...Object.values(TABLE_B_GROUPS),
    ...TABLE_A_PARTS.flatMap((p) => p.rows.map((r) => r.label)),
  ];
}
