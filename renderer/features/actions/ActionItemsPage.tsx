/** Placeholder until this page lands. */
export function ActionItemsPage() {
  return null;
}
