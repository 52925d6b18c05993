import { Module } from '@nestjs/common';
import { AnnualReportResolver } from './annual-report.resolver';
import { reportSourcesProvider } from './report-sources.provider';

/** Reports written from the record: the annual progress report. */
@Module({ providers: [reportSourcesProvider, AnnualReportResolver] })
export class ReportsModule {}
