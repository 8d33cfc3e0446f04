// Lines of a result: paragraphs, or a list under an optional heading. Renders nothing when empty.
export interface LinesProps {
  items: readonly string[];
  title?: string | undefined;
  as?: 'p' | 'ul' | 'ol';
  class?: string;
}

export function Lines({ items, title, as = 'p', class: cls }: LinesProps) {
  if (items.length === 0) return null;
  const heading = title ? <h3>{title}</h3> : null;
  if (as === 'p') {
    return (
      <>
        {heading}
        {items.map((line) => (
          <p key={line} class={cls}>
            {line}
          </p>
        ))}
      </>
    );
  }
  const List = as;
  return (
    <>
      {heading}
      <List class={cls}>
        {items.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </List>
    </>
  );
}
