import { ExternalHyperlink, HeadingLevel, LevelFormat, Paragraph, TextRun, AlignmentType, type INumberingOptions, type ParagraphChild } from 'docx';
import { listBullet, type RichBlock, type RichRun } from '../richText/richText';

/** The two list definitions notes use; each list in the notes is its own instance, so numbering restarts. */
export const NOTES_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: 'notes-bullets',
      levels: Array.from({ length: 6 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: listBullet(level),
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
      })),
    },
    {
      reference: 'notes-numbers',
      levels: Array.from({ length: 6 }, (_, level) => ({
        level,
        format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
      })),
    },
  ],
};

const HEADING = { 2: HeadingLevel.HEADING_4, 3: HeadingLevel.HEADING_5, 4: HeadingLevel.HEADING_6 } as const;

/** Formatted notes as Word paragraphs: headings, lists that Word can continue, quotes, bold, italic and links. */
export function richTextParagraphs(blocks: readonly RichBlock[], listCounter: { next: number }): Paragraph[] {
  let listInstance = -1;
  let previousWasItem = false;
  return blocks.map((block) => {
    const children = block.runs.flatMap(runChildren);
    if (block.kind === 'list-item') {
      if (!previousWasItem) listInstance = listCounter.next++;
      previousWasItem = true;
      return new Paragraph({
        children,
        numbering: { reference: block.ordered ? 'notes-numbers' : 'notes-bullets', level: Math.min(block.depth, 5), instance: listInstance },
      });
    }
    previousWasItem = false;
    if (block.kind === 'heading') return new Paragraph({ children, heading: HEADING[block.level] });
    if (block.kind === 'quote') return new Paragraph({ children, style: 'Quote' });
    return new Paragraph({ children });
  });
}

function runChildren(run: RichRun): ParagraphChild[] {
  const lines = run.text.split('\n');
  const runs = lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        underline: run.underline ? {} : undefined,
        strike: run.strike || undefined,
        font: run.code ? 'Consolas' : undefined,
        style: run.href ? 'Hyperlink' : undefined,
      }),
  );
  return run.href ? [new ExternalHyperlink({ link: run.href, children: runs })] : runs;
}
