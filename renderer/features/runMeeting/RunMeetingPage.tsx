/** Placeholder until this page lands. */
export function RunMeetingPage() {
  return null;
}
