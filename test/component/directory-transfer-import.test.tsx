import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreviewResult } from '../../shared/contract';
import { OrganizationsPage } from '../../renderer/features/directory/organizations/OrganizationsPage';
import { DirectoryTransferActions } from '../../renderer/features/directoryTransfer/DirectoryTransferActions';
import { initialDefaults } from '../../renderer/features/directoryTransfer/useImportFlow';
import { answerChannels as answerHostChannels, callsTo, captureEvents, failWith, renderWithProviders } from './support/host';
import { giveElementsASize, laneChildWelfare } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

// jsdom's Blob has no arrayBuffer(); every browser the app runs in does.
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(this);
  });
};

const csv =
  'Organization,Stakeholder group,Involvement\nEastside Youth Drop-in,Runaway and homeless youth,core\n,Child welfare,core\nMoonlight Rollerdrome,Roller derby league,periodic\n';
const guessedMapping = { name: 0, sector: 1, involvement: 2 };
const STAGED_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const JOB_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60';

/** The host keeps the file sent once; every test's host answers that call the same way unless it says otherwise. */
function answerChannels(handlers: Parameters<typeof answerHostChannels>[0]): void {
  answerHostChannels({ 'directory.importStage': ({ fileName }) => ({ stagedId: STAGED_ID, fileName, rows: 3 }), ...handlers });
}

function previewOf(overrides: Partial<ImportPreviewResult> = {}): ImportPreviewResult {
  return {
    headers: ['Organization', 'Stakeholder group', 'Involvement'],
    mapping: guessedMapping,
    fields: [
      { id: 'name', label: 'Name' },
      { id: 'sector', label: 'Sector' },
      { id: 'involvement', label: 'Involvement' },
    ],
    missingFields: [],
    rows: [
      { line: 2, status: 'new', label: 'Eastside Youth Drop-in', messages: [] },
      { line: 3, status: 'error', label: '', messages: ['Name is required.'] },
      { line: 4, status: 'error', label: 'Moonlight Rollerdrome', messages: ["Unknown sector 'Roller derby league'."] },
    ],
    counts: { new: 1, update: 0, duplicate: 0, error: 2 },
    values: [],
    organizations: null,
    ...overrides,
  };
}

const cleanPreview = previewOf({
  rows: [{ line: 2, status: 'new', label: 'Eastside Youth Drop-in', messages: [] }],
  counts: { new: 1, update: 0, duplicate: 0, error: 0 },
});

async function chooseFile(content = csv) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import organizations' });
  await user.upload(within(dialog).getByLabelText('CSV file'), new File([content], 'orgs.csv', { type: 'text/csv' }));
  return { user, dialog };
}

async function goToMapping(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await within(dialog).findByText(/^Read 3 columns and \d+ rows?\./);
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
}

async function goToPreview(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await goToMapping(user, dialog);
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
  await within(dialog).findByText('Where the file does not say');
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
}

describe('importing organizations from CSV', () => {
  it('sends the file once, shows each problem, and keeps Import disabled while any row has one', async () => {
    answerChannels({ 'directory.importPreview': () => previewOf() });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { user, dialog } = await chooseFile();
    await goToPreview(user, dialog);

    expect(
      within(dialog).getByText(
        '2 rows have problems. Fix them in the file and choose it again, or import the good rows and skip these. Rows with problems are listed first.',
      ),
    ).toBeTruthy();
    expect(await within(dialog).findByText("Unknown sector 'Roller derby league'.")).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Import 1 row' })).toHaveProperty('disabled', true);
    expect(callsTo('directory.importStage')).toEqual([{ fileName: 'orgs.csv', contentBase64: btoa(csv) }]);
    expect(callsTo('directory.importPreview')).toEqual([
      { kind: 'organizations', stagedId: STAGED_ID, duplicates: 'skip', valueMappings: {}, defaults: initialDefaults, problemRows: 'refuse' },
    ]);

    // Skipping the rows with problems is an explicit choice, and then the good rows can be imported.
    await user.click(within(dialog).getByLabelText('Import the 1 good row, skip 2 rows with problems'));
    expect(within(dialog).getByRole('button', { name: 'Import 1 row' })).toHaveProperty('disabled', false);
  });

  it('asks for a new preview when a column is changed, and says which columns are still needed', async () => {
    answerChannels({
      'directory.importPreview': ({ mapping }) =>
        mapping?.sector === null ? previewOf({ mapping, missingFields: ['Choose the column for Sector.'] }) : previewOf(),
    });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { user, dialog } = await chooseFile();
    await goToMapping(user, dialog);

    expect(within(dialog).getByLabelText('Sector')).toHaveProperty('value', '1');
    await user.selectOptions(within(dialog).getByLabelText('Sector'), '(not in this file)');

    expect(await within(dialog).findByText('Choose the column for Sector.')).toBeTruthy();
    expect(callsTo('directory.importPreview')).toHaveLength(2);
    expect(callsTo('directory.importPreview')[1]).toMatchObject({ mapping: { ...guessedMapping, sector: null } });
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('asks again with "update" when duplicates should be updated', async () => {
    answerChannels({ 'directory.importPreview': () => cleanPreview });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { user, dialog } = await chooseFile();
    await goToPreview(user, dialog);

    await user.click(within(dialog).getByLabelText("Update them with the file's values"));
    await vi.waitFor(() => expect(callsTo('directory.importPreview')).toHaveLength(2));
    expect(callsTo('directory.importPreview')[1]).toMatchObject({ duplicates: 'update' });
  });

  it('imports, says what was written and refreshes the list', async () => {
    let imported = false;
    answerChannels({
      'directory.queryOrganizations': () => (imported ? { rows: [laneChildWelfare], total: 1 } : { rows: [], total: 0 }),
      'directory.importPreview': () => cleanPreview,
      'directory.importStart': () => ({ jobId: JOB_ID, rows: 1 }),
      'directory.importJob': () => {
        imported = true;
        return { state: 'finished', result: { created: 1, updated: 0, skipped: 0, problems: 0, organizationsCreated: 0 } };
      },
    });
    renderWithProviders(
      <MemoryRouter>
        <OrganizationsPage toolbarActions={<DirectoryTransferActions kind="organizations" />} />
      </MemoryRouter>,
    );
    const { user, dialog } = await chooseFile();
    await goToPreview(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 row' }));

    expect(await within(dialog).findByText(/Imported: 1 new, 0 updated, 0 skipped/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(screen.getByRole('grid', { name: 'Organizations' })).findByText(laneChildWelfare.name)).toBeTruthy();
  });

  it('shows the percent and row of the import as the host reports them, and cancels it', async () => {
    const send = captureEvents();
    answerChannels({
      'directory.importPreview': () => cleanPreview,
      'directory.importStart': () => ({ jobId: JOB_ID, rows: 4_000 }),
      'directory.importJob': () => new Promise(() => undefined),
      'directory.importCancel': () => ({ state: 'cancelled' }),
    });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { user, dialog } = await chooseFile();
    await goToPreview(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 row' }));
    await vi.waitFor(() => expect(callsTo('directory.importStart')).toHaveLength(1));

    act(() =>
      send({ type: 'import.job', jobId: JOB_ID, status: { state: 'running', progress: { phase: 'checking', done: 1_200, total: 4_000, percent: 7 } } }),
    );
    const status = await within(dialog).findByRole('status');
    expect(within(status).getByText('Checking row 1,200 of 4,000…')).toBeTruthy();
    expect(within(status).getByText('7%')).toBeTruthy();
    expect(within(status).getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('7');

    act(() =>
      send({ type: 'import.job', jobId: JOB_ID, status: { state: 'running', progress: { phase: 'checking', done: 2_000, total: 4_000, percent: 12 } } }),
    );
    expect(await within(status).findByText('12%')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));

    expect(await within(dialog).findByText(/^Import cancelled\. Nothing was added to the directory/)).toBeTruthy();
    expect(callsTo('directory.importCancel')).toEqual([{ jobId: JOB_ID }]);
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Import 1 row' })).toHaveProperty('disabled', false);
  });

  it('says the rows are being saved once the import writes, and offers no cancel then', async () => {
    const send = captureEvents();
    answerChannels({
      'directory.importPreview': () => cleanPreview,
      'directory.importStart': () => ({ jobId: JOB_ID, rows: 4_000 }),
      'directory.importJob': () => new Promise(() => undefined),
    });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { user, dialog } = await chooseFile();
    await goToPreview(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 row' }));
    await vi.waitFor(() => expect(callsTo('directory.importStart')).toHaveLength(1));

    act(() =>
      send({ type: 'import.job', jobId: JOB_ID, status: { state: 'running', progress: { phase: 'writing', done: 3_000, total: 4_000, percent: 81 } } }),
    );
    expect(await within(dialog).findByText('Importing row 3,000 of 4,000…')).toBeTruthy();
    expect(within(dialog).getByText(/finishes on its own/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Cancel import' })).toHaveProperty('disabled', true);

    act(() =>
      send({
        type: 'import.job',
        jobId: JOB_ID,
        status: { state: 'finished', result: { created: 4_000, updated: 0, skipped: 0, problems: 0, organizationsCreated: 0 } },
      }),
    );
    expect(await within(dialog).findByText(/Imported: 4,000 new, 0 updated, 0 skipped/)).toBeTruthy();
  });

  it('shows a progress bar while a large file is checked', async () => {
    let answer: (preview: ImportPreviewResult) => void = () => undefined;
    answerChannels({ 'directory.importPreview': () => new Promise((resolve) => (answer = resolve)) });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const rows = Array.from({ length: 10_000 }, (_, index) => `Organization ${index},Child welfare,core`);
    const { dialog } = await chooseFile(['Organization,Stakeholder group,Involvement', ...rows].join('\n'));

    expect(await within(dialog).findByRole('status')).toHaveProperty('textContent', 'Checking 10,000 rows…');
    answer(cleanPreview);
    await vi.waitFor(() => expect(within(dialog).queryByRole('status')).toBeNull());
  });

  it('shows why a malformed file cannot be read under the file field, and nothing else', async () => {
    const message = 'This file is not UTF-8. In Excel, save it as "CSV UTF-8 (Comma delimited)".';
    answerChannels({ 'directory.importStage': () => failWith({ code: 'VALIDATION', message, fieldErrors: { file: [message] } }) });
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const { dialog } = await chooseFile();

    expect(await within(dialog).findByText(message)).toBeTruthy();
    expect(within(dialog).getByLabelText('CSV file')).toHaveProperty('ariaInvalid', 'true');
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    expect(within(dialog).queryByRole('grid')).toBeNull();
  });

  it('says a file over the limit is too large, with both sizes, without sending it', async () => {
    renderWithProviders(<DirectoryTransferActions kind="organizations" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import organizations' });
    const tooLarge = new File([new Uint8Array(21 * 1024 * 1024)], 'everyone.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText('CSV file'), tooLarge);

    expect(await within(dialog).findByText('That file is too large to import (21 MB). The limit is 20 MB.')).toBeTruthy();
    expect(callsTo('directory.importStage')).toEqual([]);
  });
});
