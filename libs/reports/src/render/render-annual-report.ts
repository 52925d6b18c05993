import type { AnnualReport } from '../annual/annual-report.model';
import { annualReportDocument } from './annual-report-document';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportDocument } from './report-document';

export const REPORT_FORMATS = ['md', 'html', 'csv'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

const RENDERERS: { readonly [F in ReportFormat]: (document: ReportDocument) => string } = {
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
};

/** The report as text: a function of the report alone, so the same report gives the same bytes. */
export function renderAnnualReport(report: AnnualReport, format: ReportFormat): string {
  return RENDERERS[format](annualReportDocument(report));
}
