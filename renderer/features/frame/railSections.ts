import type { AppPage } from './appPage';

/**
 * Where the rail starts a new section: the path of the section's first page and its heading. An empty heading starts
 * a section set apart by a line only (e.g. Settings at the foot of the rail).
 */
export type RailSectionStarts = Readonly<Record<string, string>>;

export interface RailSection {
  heading: string;
  pages: readonly AppPage[];
}

/** The pages in rail order, cut into sections where `starts` says; pages before the first start form a section with no heading. */
export function railSections(pages: readonly AppPage[], starts: RailSectionStarts): RailSection[] {
  const sections: { heading: string; pages: AppPage[] }[] = [];
  for (const page of pages) {
    const heading = starts[page.path];
    const current = sections.at(-1);
    if (heading !== undefined || !current) sections.push({ heading: heading ?? '', pages: [page] });
    else current.pages.push(page);
  }
  return sections;
}
