// The statutory publication deadlines of an annual report (report-format.md §1.3): the 2007 条例 Art. 31
// for report years up to 2018, the 2019 条例 Art. 49 after that.
import type { LocalizedText } from '../model';

export interface Deadline {
  /** Month and day of the year after the report year. */
  month: number;
  day: number;
  basis: LocalizedText;
  /** Where the date comes from, briefly ("2007年《条例》第三十一条"). */
  citation: LocalizedText;
  /** Set by the 条例 (not by a local configuration). */
  statutory: boolean;
}

export const LEGACY_DEADLINE: Deadline = {
  month: 3,
  day: 31,
  statutory: true,
  citation: { zh: '2007年《条例》第三十一条', en: 'Art. 31 of the 2007 Regulations' },
  basis: {
    zh: '2007年《中华人民共和国政府信息公开条例》第三十一条规定，各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告',
    en: 'Art. 31 of the 2007 Regulations on open government information requires every administrative body to publish its annual report by 31 March',
  },
};
export const DEPARTMENT_DEADLINE: Deadline = {
  month: 1,
  day: 31,
  statutory: true,
  citation: { zh: '《条例》第四十九条第一款（县级以上人民政府部门）', en: 'Art. 49(1) of the Regulations (government departments)' },
  basis: {
    zh: '《中华人民共和国政府信息公开条例》（2019年修订）第四十九条规定，县级以上人民政府部门应当在每年1月31日前提交并向社会公布上一年度的年度报告',
    en: 'Art. 49 of the 2019 Regulations on open government information requires departments of people\'s governments at county level and above to submit and publish the previous year\'s report by 31 January',
  },
};
export const GOVERNMENT_DEADLINE: Deadline = {
  month: 3,
  day: 31,
  statutory: true,
  citation: { zh: '《条例》第四十九条第二款（县级以上地方人民政府）', en: 'Art. 49(2) of the Regulations (local governments)' },
  basis: {
    zh: '《中华人民共和国政府信息公开条例》（2019年修订）第四十九条规定，县级以上地方人民政府的年度报告应当在每年3月31日前向社会公布',
    en: 'Art. 49 of the 2019 Regulations on open government information requires the report of a local people\'s government at county level and above to be published by 31 March',
  },
};
