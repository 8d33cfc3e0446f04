// Components every chapter can use without importing them (passed to <Content components>),
// and the overrides of plain Markdown elements.
import Figure from './Figure.astro';
import InShort from './InShort.astro';
import LadderLevelsTable from './LadderLevelsTable.astro';
import Link from './Link.astro';
import StaircaseStepsTable from './StaircaseStepsTable.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import ToolEmbed from './ToolEmbed.astro';
import ToolLink from './ToolLink.astro';

export const mdxComponents = { Figure, InShort, LadderLevelsTable, StaircaseStepsTable, Term, ToolEmbed, ToolLink, a: Link, table: Table };
