// A chapter embeds the checklists on the areas it teaches (chapter 10: the obvious and the subtle
// mistakes), not all of them.

/** A checklist model with only the areas `ids`, in the model's order. */
export function narrowAreas<M extends { areas: { id: string }[] }>(model: M, ids: readonly string[]): M {
  return { ...model, areas: model.areas.filter((a) => ids.includes(a.id)) };
}
