// Components a case's MDX can use without importing them: the chapters' own, plus the case
// tables and charts drawn from the case's data file.
import { mdxComponents } from '../mdx';
import CaseChart from './CaseChart.astro';
import CaseNumber from './CaseNumber.astro';
import CaseTable from './CaseTable.astro';

export const caseComponents = { ...mdxComponents, CaseChart, CaseNumber, CaseTable };
