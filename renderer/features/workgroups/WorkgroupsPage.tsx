/** Placeholder until this page lands. */
export function WorkgroupsPage() {
  return null;
}
