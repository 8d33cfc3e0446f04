// Titled pieces of advice (mistakes, pitfalls, key lines, a warning sign): a heading each, then
// the text. Renders nothing when empty.
export interface Callout {
  title: string;
  text: string;
}

export interface CalloutsProps {
  items: readonly Callout[];
  /** a heading over all of them */
  title?: string | undefined;
  class?: string;
}

export function Callouts({ items, title, class: cls = 'callouts' }: CalloutsProps) {
  if (items.length === 0) return null;
  return (
    <div class={cls}>
      {title && <h3>{title}</h3>}
      {items.map((c) => (
        <div key={c.title} class="callout">
          <p class="callout__title">
            <strong>{c.title}</strong>
          </p>
          <p>{c.text}</p>
        </div>
      ))}
    </div>
  );
}
