import { createPdfDocument } from '../export/pdf/pdfDocument';

/** A fictional protocol or agreement as a PDF, written with the app's own PDF kit (before the sample's transaction). */
export async function samplePdf(
  coalitionName: string,
  document: { title: string; version: string; summary: string; sections: readonly string[] },
  createdAt: Date,
): Promise<Buffer> {
  const pdf = createPdfDocument({
    title: document.title,
    coalitionName,
    generatedLine: 'Sample document: fictional, for trying Coalition Desk',
    draft: false,
    createdAt,
  });
  pdf.title(document.title);
  pdf.paragraph(`Version ${document.version}. This document is fictional: it belongs to the sample coalition.`, { muted: true });
  pdf.paragraph(document.summary);
  document.sections.forEach((section, index) => {
    pdf.heading(`${index + 1}. ${section.split(':')[0]}`);
    pdf.paragraph(section.split(':').slice(1).join(':').trim());
  });
  return Buffer.from(await pdf.finish());
}
