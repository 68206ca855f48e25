import type { ExportRenderer } from '../exportJob';
import { writeIcsCalendar } from './calendarIcs';
import type { CalendarModel } from './calendarModel';

export const renderCalendarIcs: ExportRenderer<CalendarModel> = (model, progress) =>
  new TextEncoder().encode(writeIcsCalendar(model, (done) => progress(done, model.events.length)));
