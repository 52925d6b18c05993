import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AccessDenied } from '@concordat/access-control';
import {
  AnnualReportRequestInvalid,
  annualReportText,
  type ReportSources,
} from '@concordat/reports';
import { ApiError } from '../graphql/api-error';
import { ensureCanRead, ensureVisible } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { AnnualReportArgs } from './annual-report.args';
import { REPORT_SOURCES } from './report-sources.provider';

@Resolver()
export class AnnualReportResolver {
  constructor(@Inject(REPORT_SOURCES) private readonly sources: ReportSources) {}

  @Query(() => String, {
    description:
      'An agreement’s annual progress report for a reporting year, as known at the end of a ' +
      'day: each outcome’s indicators with baseline, target, latest value, RAG and trend; the ' +
      'commitments by party with status and resources; the decisions of the year; community ' +
      'participation. The same arguments on the same record give the same text, and the same ' +
      'as `concordat report annual`. NOT_FOUND when the agreement had not been drafted by then, ' +
      'or is outside what the caller may read; VALIDATION_FAILED for a year outside the ' +
      'agreement’s period.',
  })
  async annualReport(
    @Args() args: AnnualReportArgs,
    @Context() context: RequestContext,
  ): Promise<string> {
    ensureCanRead(context, 'members');
    const { agreementId } = args;
    const admit = (partnershipId: string) => {
      ensureVisible(context.scope, { partnershipId }, 'agreement', agreementId);
    };
    try {
      const text = await annualReportText(this.sources, args, admit);
      if (text === null) throw AccessDenied.notFound('agreement', agreementId);
      return text;
    } catch (error) {
      if (!(error instanceof AnnualReportRequestInvalid)) throw error;
      throw ApiError.validation([{ field: error.argument, message: error.message }]);
    }
  }
}
