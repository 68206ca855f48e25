import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { trimEndOf, trimStartOf } from '../../../shared/trimChars';
import { plainRun, type RichBlock, type RichRun } from './richText';

type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'code';
const MARK_OF: Record<string, Mark> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', code: 'code' };
const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { h2: 2, h3: 3, h4: 4 };

interface ParseState {
  blocks: RichBlock[];
  /** The block text goes into; null means the next text starts a new one. */
  current: RichBlock | null;
  marks: Record<Mark, number>;
  links: string[];
  lists: Array<{ ordered: boolean; count: number }>;
  openItems: number;
  quoteDepth: number;
}

/**
 * Reads notes HTML that went through sanitizeNotes (well formed, from a short list of tags) into blocks, walking the
 * tree htmlparser2 parses (entities decoded by the parser, in text and in attributes).
 * Tiptap wraps list items and quotes in <p>; those paragraphs stay part of their item or quote.
 */
export function notesToRichText(html: string): RichBlock[] {
  const state: ParseState = {
    blocks: [],
    current: null,
    marks: { bold: 0, italic: 0, underline: 0, strike: 0, code: 0 },
    links: [],
    lists: [],
    openItems: 0,
    quoteDepth: 0,
  };
  walk(state, parseDocument(html).children);
  return state.blocks.map(trimBlock).filter((block) => block.runs.length > 0);
}

/** The parsed tree in document order: text into the current block, each element opened, its children, then closed. */
function walk(state: ParseState, nodes: readonly ChildNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') addText(state, node.data.replace(/\s+/g, ' '));
    else if (node.type === 'tag') {
      const tag = node.name.toLowerCase();
      applyTag(state, tag, false, node.attribs);
      walk(state, node.children);
      if (tag !== 'br') applyTag(state, tag, true, node.attribs);
    }
  }
}

function applyTag(state: ParseState, tag: string, closing: boolean, attributes: Readonly<Record<string, string>>): void {
  const mark = MARK_OF[tag];
  const level = HEADING_LEVEL[tag];
  if (mark) {
    state.marks[mark] += closing ? -1 : 1;
  } else if (tag === 'a') {
    if (closing) state.links.pop();
    else state.links.push(attributes.href ?? '');
  } else if (tag === 'br') {
    addText(state, '\n');
  } else if (tag === 'ul' || tag === 'ol') {
    if (closing) state.lists.pop();
    else state.lists.push({ ordered: tag === 'ol', count: 0 });
    state.current = null;
  } else if (tag === 'li') {
    state.openItems += closing ? -1 : 1;
    const list = state.lists.at(-1);
    if (!closing && list) list.count += 1;
    state.current = null;
  } else if (tag === 'blockquote') {
    state.quoteDepth += closing ? -1 : 1;
    state.current = null;
  } else if (tag === 'p') {
    const inItem = state.current?.kind === 'list-item';
    // A second paragraph in one list item continues that item on a new line.
    if (!closing && inItem && (state.current?.runs.length ?? 0) > 0) addText(state, '\n');
    else if (!inItem) state.current = null;
  } else if (level !== undefined) {
    state.current = null;
    if (!closing) open(state, { kind: 'heading', level, runs: [] });
  }
}

function open(state: ParseState, block: RichBlock): RichBlock {
  state.blocks.push(block);
  state.current = block;
  return block;
}

function currentBlock(state: ParseState): RichBlock {
  if (state.current) return state.current;
  const list = state.lists.at(-1);
  if (state.openItems > 0 && list) {
    return open(state, { kind: 'list-item', ordered: list.ordered, number: list.count, depth: state.lists.length - 1, runs: [] });
  }
  return open(state, state.quoteDepth > 0 ? { kind: 'quote', runs: [] } : { kind: 'paragraph', runs: [] });
}

function addText(state: ParseState, text: string): void {
  if (state.current === null && text.trim() === '') return;
  const block = currentBlock(state);
  const has = (mark: Mark) => state.marks[mark] > 0;
  const run = plainRun(text, {
    bold: has('bold'),
    italic: has('italic'),
    underline: has('underline'),
    strike: has('strike'),
    code: has('code'),
    href: state.links.at(-1) ?? null,
  });
  const last = block.runs.at(-1);
  if (last && sameMarks(last, run)) last.text += text;
  else block.runs.push(run);
}

const sameMarks = (a: RichRun, b: RichRun) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.code === b.code && a.href === b.href;

/** Drops the spaces just before and just after each line break, in one pass. */
function trimAroundLineBreaks(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, index) => trimEndOf(index === 0 ? line : trimStartOf(line, ' '), index === lines.length - 1 ? '' : ' ')).join('\n');
}

function trimBlock(block: RichBlock): RichBlock {
  const runs = block.runs.map((run) => ({ ...run, text: trimAroundLineBreaks(run.text) }));
  const first = runs[0];
  const last = runs.at(-1);
  if (first) first.text = trimStartOf(first.text, ' \n');
  if (last) last.text = trimEndOf(last.text, ' \n');
  return { ...block, runs: runs.filter((run) => run.text !== '') };
}
