import { buildAnnualReport } from '../annual/build-annual-report';
import { renderAnnualReport, type ReportFormat } from '../render/render-annual-report';
import { agreementAsKnownAt, gatherAnnualReport } from './gather-annual-report';
import type { ReportSources } from './report-sources';

export interface AnnualReportRequest {
  readonly agreementId: string;
  /** The year the reporting year starts in: 2009 for 2009-10. */
  readonly year: number;
  /** YYYY-MM-DD: the report as what was known by the end of that day (UTC). */
  readonly asKnownAt: string;
  readonly format: ReportFormat;
}

/**
 * The annual report as text: what the command line writes and the API answers, from one path so
 * the two cannot differ. Null when the agreement had not been drafted by then. `admit` is shown
 * the agreement's partnership before anything else is read, and throws to refuse the caller.
 */
export async function annualReportText(
  sources: ReportSources,
  request: AnnualReportRequest,
  admit: (partnershipId: string) => void = () => undefined,
): Promise<string | null> {
  const { agreementId, year, asKnownAt, format } = request;
  const agreement = await agreementAsKnownAt(sources, agreementId, asKnownAt);
  if (!agreement) return null;
  admit(agreement.partnershipId);
  const facts = await gatherAnnualReport(sources, agreement, year, asKnownAt);
  return renderAnnualReport(buildAnnualReport(facts), format);
}
