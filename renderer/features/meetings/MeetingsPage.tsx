/** Placeholder until this page lands. */
export function MeetingsPage() {
  return null;
}
