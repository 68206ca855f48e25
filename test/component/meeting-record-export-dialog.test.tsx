import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingRecordExportDialog } from '../../renderer/features/meetingExport/MeetingRecordExportDialog';
import { MeetingsBundleExportDialog } from '../../renderer/features/meetingExport/MeetingsBundleExportDialog';
import { renderWithProviders } from './support/host';
import { agendaItem, meetingDetail, meetingSummary } from './support/meetingPlanningSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

describe('the meeting record export dialog', () => {
  it('sends the chosen format, parts, confidential notes and protected members, warning before confidential notes go out', async () => {
    const detail = meetingDetail(
      { agenda: [agendaItem(1, { notesHtml: '<p>kept quiet</p>', notesConfidential: true }), agendaItem(2)] },
      { status: 'minutes-draft' },
    );
    const onExport = vi.fn();
    const onClose = vi.fn();
    renderWithProviders(<MeetingRecordExportDialog detail={detail} onClose={onClose} onExport={onExport} />);
    const user = userEvent.setup();

    screen.getByText(/every page will be marked DRAFT/);
    await user.click(screen.getByRole('radio', { name: /^Word document/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Attendance and quorum' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('switch', { name: 'Include notes marked confidential (1 agenda item)' }));
    expect(screen.getByRole('alert').textContent).toContain('each marked CONFIDENTIAL');
    await user.click(screen.getByRole('radio', { name: 'Leave them out' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));

    expect(onExport).toHaveBeenCalledWith({
      kind: 'meeting-record',
      meetingId: detail.meeting.id,
      format: 'docx',
      sections: ['agenda', 'decisions', 'action-items', 'amendments'],
      includeConfidential: true,
      protectedMembers: 'leave-out',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('will not export with no part of the record chosen', async () => {
    renderWithProviders(<MeetingRecordExportDialog detail={meetingDetail()} onClose={vi.fn()} onExport={vi.fn()} />);
    const user = userEvent.setup();
    for (const name of ['Attendance and quorum', 'Agenda and notes', 'Decisions and votes', 'Action items', 'Approval and amendments']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    screen.getByText('Choose at least one part.');
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('exporting several meetings', () => {
  it('exports a date range, or a series named after its first meeting', async () => {
    const seriesId = '01900000-0000-7000-8000-0000000000aa';
    const meetings = [
      meetingSummary({ id: '01900000-0000-7000-8000-000000000001', title: 'Youth voice', seriesId, seriesIndex: 1, startsAt: '2026-06-02T17:00' }),
      meetingSummary({ id: '01900000-0000-7000-8000-000000000002', title: 'Youth voice', seriesId, seriesIndex: 2, startsAt: '2026-06-09T17:00' }),
    ];
    const onExport = vi.fn();
    renderWithProviders(<MeetingsBundleExportDialog meetings={meetings} onClose={vi.fn()} onExport={onExport} />);
    const user = userEvent.setup();

    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-07-01');
    await user.clear(screen.getByLabelText('Last day'));
    await user.type(screen.getByLabelText('Last day'), '2026-06-01');
    screen.getByText('The last day comes before the first.');
    expect((screen.getByRole('button', { name: 'Export PDF' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'A whole series' }));
    const series = screen.getByRole('combobox', { name: 'Series' }) as HTMLSelectElement;
    expect(series.selectedOptions[0]?.textContent).toBe('Youth voice: 2 meetings from Jun 2, 2026');
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(onExport).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'meetings-bundle', scope: { by: 'series', seriesId }, includeConfidential: false, protectedMembers: 'display-name' }),
    );
  });
});
