import { type Locator, type Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps in the meetings pages, the run view and the action items, shared by the meeting specs. */

/** A calendar day counted from today, as a date field takes it (YYYY-MM-DD, local time). */
export function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Types into a type-to-find field and picks the suggestion, as a person does with a roster picker. */
export async function pick(page: Page, field: Locator, typed: string, option: string = typed): Promise<void> {
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

export interface PlannedMeeting {
  title: string;
  date: string;
  facilitator?: string;
  noteTaker?: string;
  /** Monthly on the weekday the date falls on, this many meetings. */
  monthlyCount?: number;
  /** The template as the form offers it: "<name> (<n> items)". */
  template?: string;
}

/** Plans a meeting from the Meetings page; leaves the person on the new meeting's page. */
export async function planMeeting(page: Page, meeting: PlannedMeeting): Promise<void> {
  await page.getByRole('button', { name: 'Plan a meeting' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Plan a meeting' });
  await dialog.getByLabel('Title').fill(meeting.title);
  await dialog.getByLabel('Date', { exact: true }).fill(meeting.date);
  if (meeting.facilitator) await pick(page, dialog.getByRole('combobox', { name: 'Facilitator' }), meeting.facilitator);
  if (meeting.noteTaker) await pick(page, dialog.getByRole('combobox', { name: 'Note-taker' }), meeting.noteTaker);
  if (meeting.monthlyCount) {
    await dialog.getByLabel('Repeats').selectOption({ label: 'Monthly on a weekday (e.g. the second Tuesday)' });
    await expect(dialog.getByText(/^Meets on the \w+ \w+day of each month\.$/)).toBeVisible();
    await dialog.getByLabel('Number of meetings').fill(String(meeting.monthlyCount));
  }
  if (meeting.template) await dialog.getByLabel('Start the agenda from a template').selectOption({ label: meeting.template });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
}

export interface NewAgendaItem {
  title: string;
  type: 'Information' | 'Discussion' | 'Decision';
  minutes: number;
  description?: string;
}

export async function addAgendaItem(page: Page, item: NewAgendaItem): Promise<void> {
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agenda item' });
  await dialog.getByLabel('Title').fill(item.title);
  await dialog.getByLabel('Type').selectOption({ label: item.type });
  await dialog.getByLabel('Timebox (minutes)').fill(String(item.minutes));
  if (item.description) await dialog.getByLabel('Description').fill(item.description);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(agendaList(page).getByRole('listitem', { name: new RegExp(`^\\d+\\. ${escapeRegExp(item.title)}$`) })).toBeVisible();
}

export function agendaList(page: Page): Locator {
  return page.getByRole('list', { name: 'Agenda' });
}

/** The tab of the meeting page ("Agenda", "Attendance", "Outcomes", "History"). */
export async function openMeetingTab(page: Page, name: 'Agenda' | 'Attendance' | 'Outcomes' | 'History'): Promise<void> {
  await page.getByRole('tablist', { name: 'Meeting record' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Invites people from the Attendance tab or panel, by organization and by name. */
export async function invite(page: Page, { organizations = [], people = [] }: { organizations?: string[]; people?: string[] }): Promise<void> {
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite' });
  for (const organization of organizations) await pick(page, dialog.getByRole('combobox', { name: 'Organizations' }), organization);
  for (const person of people) await pick(page, dialog.getByRole('combobox', { name: 'People' }), person);
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog).toBeHidden();
}

export type AttendanceMark = 'Present' | 'Remote' | 'Excused' | 'Absent';

export async function markAttendance(scope: Locator, name: string, mark: AttendanceMark): Promise<void> {
  const marks = scope.getByRole('group', { name: `Attendance of ${name}` });
  await marks.getByRole('button', { name: mark }).click();
  await expect(marks.getByRole('button', { name: mark })).toHaveAttribute('aria-pressed', 'true');
}

/** A run-view shortcut as the hint at the bottom of the view lists it (Alt+Shift+<letter>). */
export async function runShortcut(page: Page, letter: 'N' | 'P' | 'D' | 'A' | 'T'): Promise<void> {
  await expect(page.getByRole('region', { name: 'Keyboard shortcuts' }).getByText(`Alt+Shift+${letter}`)).toBeVisible();
  await page.keyboard.press(`Alt+Shift+${letter}`);
}

/** The big heading of the item under discussion in the run view: "2. Shelter bed data". */
export function currentItemHeading(page: Page, position: number, title: string): Locator {
  return page.getByRole('region', { name: 'Current item' }).getByRole('heading', { level: 2, name: `${position}. ${title}` });
}

/** Types notes on the current item and waits until they are saved. */
export async function writeNotes(page: Page, itemName: string, text: string): Promise<void> {
  const notes = page.getByRole('textbox', { name: `Notes for ${itemName}` });
  await notes.click();
  await page.keyboard.type(text);
  await expect(page.getByRole('region', { name: 'Current item' }).getByText(/^Saved \d/)).toBeVisible();
}

export interface NewDecision {
  text: string;
  movedBy: string;
  secondedBy: string;
  votes: { for: number; against: number; abstained: number };
  outcome: 'Adopted' | 'Rejected' | 'Agreed by consensus' | 'Tabled';
}

/** Records a decision with a motion and a vote through the open "Record decision" dialog. */
export async function recordDecision(page: Page, decision: NewDecision): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Record decision' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Decision', { exact: true }).fill(decision.text);
  await dialog.getByLabel('There was a motion and a vote').check();
  await pick(page, dialog.getByRole('combobox', { name: 'Moved by' }), decision.movedBy);
  await pick(page, dialog.getByRole('combobox', { name: 'Seconded by' }), decision.secondedBy);
  await dialog.getByLabel('For', { exact: true }).fill(String(decision.votes.for));
  await dialog.getByLabel('Against', { exact: true }).fill(String(decision.votes.against));
  await dialog.getByLabel('Abstained', { exact: true }).fill(String(decision.votes.abstained));
  await dialog.getByLabel('Outcome').selectOption({ label: decision.outcome });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

export interface NewActionItem {
  title: string;
  owner: string;
  dueOn: string;
}

/** Fills the open "Add action item" dialog and saves it. */
export async function addActionItem(page: Page, item: NewActionItem): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill(item.title);
  await pick(page, dialog.getByRole('combobox', { name: 'Owner' }), item.owner);
  await dialog.getByLabel('Due date').fill(item.dueOn);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Confirms a dialog that asks before a step (finish, approve), by its title and its confirming button. */
export async function confirm(page: Page, title: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

/** Starts a meeting planned for another day, as a rehearsal or a catch-up would: the app asks first, and the person confirms. */
export async function startMeetingAheadOfItsDate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('dialog', { name: 'Start this meeting now?' }).getByText(/more than a day from now/)).toBeVisible();
  await confirm(page, 'Start this meeting now?', 'Start meeting');
}

/** Searches from the top bar with Ctrl+K and opens the result named so. */
export async function searchAndOpen(page: Page, text: string, result: string | RegExp): Promise<Locator> {
  const search = page.getByRole('combobox', { name: 'Search everything' });
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await search.fill(text);
  const option = page.getByRole('option', { name: result });
  await expect(option).toBeVisible();
  return option;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
