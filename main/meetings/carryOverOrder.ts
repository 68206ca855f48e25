/**
 * Where carried-over items go in the next meeting's agenda: right after its standard items (approve minutes,
 * review action items), before everything else, in the order they had.
 */
export function placeAfterStandardItems(agenda: ReadonlyArray<{ id: string; role: string }>, carriedIds: ReadonlySet<string>): string[] {
  const others = agenda.filter((item) => !carriedIds.has(item.id));
  const carried = agenda.filter((item) => carriedIds.has(item.id)).map((item) => item.id);
  const cut = others.findLastIndex((item) => item.role !== 'regular') + 1;
  return [...others.slice(0, cut).map((item) => item.id), ...carried, ...others.slice(cut).map((item) => item.id)];
}
