import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ExportJobStatus } from '../../shared/contract';
import { connectionKind } from '../../renderer/api';
import { useExportJob } from '../../renderer/components/exportJobs/useExportJob';
import { answerChannels, callsTo, captureEvents, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const JOB_ID = '01900000-0000-7000-8000-000000000001';
const FILE = 'Riverbend action items 2026-03-04.xlsx';

function ExportButton() {
  const { startExport, exportDialog, busy } = useExportJob();
  return (
    <>
      <button type="button" disabled={busy} onClick={() => startExport({ kind: 'action-items', format: 'xlsx', query: {} })}>
        Export
      </button>
      {exportDialog}
    </>
  );
}

/** A job whose status follows the given steps, one per poll, staying on the last. */
function answerJob(steps: ExportJobStatus[], saved: string | null = '/home/ana/Minutes/' + FILE) {
  let poll = 0;
  let cancelled = false;
  answerChannels({
    'exports.start': () => ({ jobId: JOB_ID, fileName: FILE }),
    'exports.status': () => (cancelled ? { state: 'cancelled' } : (steps[Math.min(poll++, steps.length - 1)] as ExportJobStatus)),
    'exports.cancel': () => {
      cancelled = true;
      return { done: true };
    },
    'exports.save': () => ({ path: saved }),
    'exports.showInFolder': () => ({ done: true }),
  });
}

describe('an export job in the desktop app', () => {
  it('shows progress with Cancel, then asks where to save and offers Show in folder', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([
      { state: 'running', done: 1, total: 4 },
      { state: 'running', done: 1, total: 4 },
      { state: 'finished', fileName: FILE, size: 2048 },
    ]);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));

    const progress = await screen.findByRole('progressbar', { name: 'Export progress' }, { timeout: 5000 });
    await waitFor(() => expect(progress.getAttribute('aria-valuenow')).toBe('25'));
    expect(screen.getByRole('button', { name: 'Cancel export' })).toBeTruthy();

    const ready = await screen.findByRole('dialog', { name: 'Export ready' }, { timeout: 5000 });
    expect(ready.textContent).toContain(`Saved as /home/ana/Minutes/${FILE}.`);
    await user.click(within(ready).getByRole('button', { name: 'Show in folder' }));
    expect(callsTo('exports.showInFolder')).toEqual([{ path: `/home/ana/Minutes/${FILE}` }]);
  });

  it('follows the progress the backend pushes as export.job events, asking for the status only as a backstop', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    const emit = captureEvents();
    answerJob([{ state: 'running', done: 0, total: 10 }]);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const progress = await screen.findByRole('progressbar', { name: 'Export progress' });
    const asked = callsTo('exports.status').length;

    act(() => emit({ type: 'export.job', jobId: JOB_ID, status: { state: 'running', done: 7, total: 10 } }));
    expect(progress.getAttribute('aria-valuenow')).toBe('70');
    act(() => emit({ type: 'export.job', jobId: 'another job', status: { state: 'failed', message: 'Not this one.' } }));
    act(() => emit({ type: 'export.job', jobId: JOB_ID, status: { state: 'finished', fileName: FILE, size: 2048 } }));
    expect(await screen.findByRole('dialog', { name: 'Export ready' })).toBeTruthy();
    expect(callsTo('exports.status')).toHaveLength(asked);
    expect(callsTo('exports.save')).toHaveLength(1);
  });

  it('keeps the file when the save window is closed, and saves it on a second try', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([{ state: 'finished', fileName: FILE, size: 2048 }], null);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const notSaved = await screen.findByRole('dialog', { name: 'The file was not saved' }, { timeout: 5000 });
    await user.click(within(notSaved).getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(callsTo('exports.save')).toHaveLength(2));
  });

  it('stops when the person cancels, and says nothing was saved', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([{ state: 'running', done: 2, total: 10 }]);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }, { timeout: 5000 }));
    expect(callsTo('exports.cancel')).toEqual([{ jobId: JOB_ID }]);
    expect((await screen.findByRole('dialog', { name: 'Export cancelled' }, { timeout: 5000 })).textContent).toContain('Nothing was saved.');
    expect(callsTo('exports.save')).toEqual([]);
  });

  it('says it is waiting while other exports run, then shows progress once it starts', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([
      { state: 'waiting', position: 1 },
      { state: 'waiting', position: 1 },
      { state: 'running', done: 1, total: 2 },
    ]);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const waiting = await screen.findByRole('dialog', { name: 'Waiting to start' }, { timeout: 5000 });
    expect(waiting.textContent).toContain('Waiting for another export to finish…');
    expect(await screen.findByRole('progressbar', { name: 'Export progress' }, { timeout: 5000 })).toBeTruthy();
  });

  it('cancels an export that is still waiting', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([{ state: 'waiting', position: 2 }]);
    renderWithProviders(<ExportButton />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('Waiting for another export to finish…', undefined, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(callsTo('exports.cancel')).toEqual([{ jobId: JOB_ID }]);
    expect((await screen.findByRole('dialog', { name: 'Export cancelled' }, { timeout: 5000 })).textContent).toContain('Nothing was saved.');
  });

  it('shows the calm message of a failed export', async () => {
    vi.mocked(connectionKind).mockReturnValue('desktop');
    answerJob([{ state: 'failed', message: 'The file could not be made. Nothing was saved; please try again.' }]);
    renderWithProviders(<ExportButton />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain('The file could not be made.');
  });
});
