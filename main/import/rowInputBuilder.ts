import { type CellValue } from './cellValues';

/**
 * Stands in for a cell that could not be read. The schema refuses it, so its rules that compare
 * fields do not run on a row that lacks the real value (and would blame the wrong cell).
 */
export const unreadCell = Symbol('unread cell');

/**
 * Collects one CSV row into a schema input: blank or unmapped cells are left out (so the schema's
 * defaults apply), unreadable cells become messages, and the fields the row did give are recorded.
 */
export class RowInputBuilder<F extends string> {
  readonly input: Record<string, unknown> = {};
  readonly messages: string[] = [];
  /** Top-level input keys whose cell could not be read: the schema's own complaint about them is redundant. */
  readonly failedKeys = new Set<string>();
  /** Dotted input paths the row gave a value for, so an update can change only those. */
  readonly presentPaths: string[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly mapping: Readonly<Record<F, number | null>>,
  ) {}

  text(field: F): string {
    const column = this.mapping[field];
    return column === null ? '' : (this.cells[column] ?? '').trim();
  }

  putText(field: F, path: readonly string[] = [field]): void {
    const text = this.text(field);
    if (text !== '') this.assign(path, text);
  }

  putParsed<T>(field: F, parse: (text: string) => CellValue<T>, path: readonly string[] = [field]): void {
    const text = this.text(field);
    if (text === '') return;
    const parsed = parse(text);
    if (parsed.ok) this.assign(path, parsed.value);
    else this.fail(path, parsed.message);
  }

  putDefault(path: readonly string[], value: unknown): void {
    if (this.valueAt(path) === undefined && !this.failedKeys.has(path[0] ?? '')) this.setAt(path, value);
  }

  assign(path: readonly string[], value: unknown): void {
    this.setAt(path, value);
    this.presentPaths.push(path.join('.'));
  }

  fail(path: readonly string[], message: string): void {
    this.setAt(path, unreadCell);
    this.messages.push(message);
    this.failedKeys.add(path[0] ?? '');
  }

  private valueAt(path: readonly string[]): unknown {
    let current: unknown = this.input;
    for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
    return current;
  }

  private setAt(path: readonly string[], value: unknown): void {
    let target = this.input;
    path.slice(0, -1).forEach((key) => {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    });
    target[path[path.length - 1] ?? ''] = value;
  }
}
