import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { REPORT_FORMATS, type ReportFormat } from '@concordat/reports';
import { CALENDAR_DATE } from '../graphql/command-input';

/** The GraphQL names of the formats, and the report's own word for each. */
export const ReportFormatEnum = {
  MARKDOWN: 'md',
  HTML: 'html',
  CSV: 'csv',
} as const satisfies Record<string, ReportFormat>;

registerEnumType(ReportFormatEnum, {
  name: 'ReportFormat',
  description: 'How a report is written out.',
  valuesMap: {
    MARKDOWN: { description: 'GitHub-flavoured Markdown: a heading and a table per section.' },
    HTML: { description: 'One self-contained HTML page, with no scripts.' },
    CSV: {
      description:
        'One RFC 4180 table: the first column names the section, then every section’s columns.',
    },
  },
});

@ArgsType()
export class AnnualReportArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  agreementId!: string;

  @Field(() => Int, {
    description:
      'The year the reporting year starts in: 2009 for 2009-10 (1 April 2009 to 31 March 2010).',
  })
  @IsInt()
  @Min(1000)
  @Max(9998)
  year!: number;

  @Field({
    description: 'YYYY-MM-DD: the report as what was known by the end of that day (UTC).',
  })
  @Matches(CALENDAR_DATE, { message: 'asKnownAt must be a calendar date (YYYY-MM-DD)' })
  asKnownAt!: string;

  @Field(() => ReportFormatEnum)
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;
}
