// Text the editor inserts: national tables, section bodies and whole report skeletons (report-format.md §9.1).
export { nationalTableLines, renderTable, type TableStyle } from './tables';
export { sectionBodyLines, sectionTitle, placeholderSentence, OVERVIEW_SUBHEADINGS, type KnownFigures } from './sections';
export { reportSkeletonLines, periodSentence, defaultIssuer, skeletonLinesWith, type SkeletonOptions } from './report';
