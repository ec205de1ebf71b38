// Every rule, in the order their findings are reported. Add a rule: one file under rules/, one line here.
import type { Rule } from './types';
import { tableSum } from './tableSum';
import { tableBalance } from './tableBalance';
import { docNumberBrackets } from './docNumberBrackets';
import { dateFormat } from './dateFormat';
import { invalidDate } from './invalidDate';
import { periodMismatch } from './periodMismatch';
import { yearMismatch } from './yearMismatch';
import { latePublication } from './latePublication';
import { missingSection } from './missingSection';
import { sectionOrder } from './sectionOrder';
import { headingSequence } from './headingSequence';
import { partCountMismatch } from './partCountMismatch';
import { totalMismatch } from './totalMismatch';
import { blankCell } from './blankCell';
import { tableLabel } from './tableLabel';
import { percentMismatch } from './percentMismatch';
import { proseTableMismatch } from './proseTableMismatch';
import { unfilledField } from './unfilledField';
import { unbalancedBrackets } from './unbalancedBrackets';
import { statuteName } from './statuteName';
import { noRulemakingPower } from './noRulemakingPower';
import { textCutOff } from './textCutOff';

export const RULES: Rule[] = [
  tableSum,
  tableBalance,
  docNumberBrackets,
  dateFormat,
  invalidDate,
  periodMismatch,
  yearMismatch,
  latePublication,
  missingSection,
  sectionOrder,
  headingSequence,
  partCountMismatch,
  totalMismatch,
  blankCell,
  tableLabel,
  percentMismatch,
  proseTableMismatch,
  unfilledField,
  unbalancedBrackets,
  statuteName,
  noRulemakingPower,
  textCutOff,
  // (more rules are registered above this line)
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
