/** Placeholder until this page lands. */
export function MeetingPage() {
  return null;
}
