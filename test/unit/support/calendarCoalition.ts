import { meetingCoalition } from './meetingInputs';

/**
 * For the calendar tests: a weekly series in New York across the start of daylight saving time (8 March 2026),
 * with an agenda (one item's notes confidential), a presenter, a room and a video link, its last meeting
 * cancelled; and a single consultation with only a video link.
 */
export async function meetingRowsCalendar(confidentialMarker: string) {
  const coalition = await meetingCoalition();
  const { t, members } = coalition;
  const first = await t.call('meetings.create', {
    title: 'Protocols workgroup',
    kind: 'full-coalition',
    startsAt: '2026-03-03T19:00',
    timeZone: 'America/New_York',
    durationMinutes: 90,
    location: 'Room 4, City Hall; 2nd floor',
    videoLink: 'https://video.example.org/j/42',
    recurrence: { frequency: 'weekly', interval: 1, count: 3 },
  });
  const series = await t.call('meetings.list', { seriesId: first.seriesId });
  const screening = await t.call('agenda.addItem', {
    meetingId: first.id,
    title: 'Screening tool, first reading',
    timeboxMinutes: 20,
    presenterId: members.rosa.id,
  });
  await t.call('agenda.addItem', { meetingId: first.id, title: 'Referral pathway; who calls whom', timeboxMinutes: 15 });
  await t.call('agenda.saveNotes', { id: screening.id, html: `<p>${confidentialMarker} case details, Jordan Hidden</p>`, confidential: true });
  await t.call('meetings.cancel', { id: series[2]?.id ?? '', reason: 'Holiday' });
  const single = await t.call('meetings.create', {
    title: 'Consultation with the school district',
    kind: 'consultation',
    startsAt: '2026-04-02T09:30',
    timeZone: 'America/Chicago',
    durationMinutes: 60,
    videoLink: 'https://video.example.org/j/99',
  });
  return { ...coalition, series, single };
}
