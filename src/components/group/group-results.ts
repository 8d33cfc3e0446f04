// The group view's result blocks, loaded together once the round has answers (GroupView.tsx):
// the weakest links across the tools and one tool's spread.
export { GroupOverview, weakestLinks } from './GroupOverview';
export { ToolSection } from './ToolSection';
