import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '@concordat/config';
import { ALL_ENTITIES, openReadModelDataSource } from '@concordat/read-models';
import {
  annualReportText,
  REPORT_FORMATS,
  reportingYear,
  type AnnualReportRequest,
} from '@concordat/reports';
import { StreamHistory } from '@concordat/time-travel';
import type { CliOutput } from '../cli-output';
import { withStores } from './opened-stores';
import { protectPersonalData } from '@concordat/application';
import { catchUpReadModels } from './report-annual.read-models';

export interface ReportAnnualOptions extends Omit<AnnualReportRequest, 'agreementId'> {
  readonly agreement: string;
  readonly out?: string;
}

/**
 * `concordat report annual`: an agreement's annual progress report for a reporting year, as
 * known at the end of a date, in Markdown, HTML or CSV. The same arguments on the same record
 * give the same bytes, and the same bytes as the API's `annualReport`.
 */
export function registerReportCommands(program: Command, output: CliOutput): void {
  program
    .command('report')
    .description('reports from the record')
    .command('annual')
    .description(
      'the annual progress report of an agreement for a reporting year (1 April to 31 March), ' +
        'as known at the end of a date',
    )
    .requiredOption('--agreement <id>', 'the agreement')
    .requiredOption(
      '--year <year>',
      'the year the reporting year starts in: 2009 for 2009-10',
      parseYear,
    )
    .requiredOption('--as-known-at <date>', 'YYYY-MM-DD: what was known by the end of that day')
    .addOption(new Option('--format <format>', 'the format').choices(REPORT_FORMATS).default('md'))
    .option('--out <file>', 'write the report to this file instead of standard output')
    .action((options: ReportAnnualOptions) => runReportAnnual(options, output));
}

export async function runReportAnnual(
  options: ReportAnnualOptions,
  output: CliOutput,
): Promise<void> {
  const { agreement: agreementId, year, asKnownAt, format } = options;
  const config = loadConfig();
  const text = await withStores(config, async (stores) => {
    const events = protectPersonalData(stores);
    await catchUpReadModels(stores, events);
    const readModels = await openReadModelDataSource(stores, config.databaseUrl, ALL_ENTITIES);
    try {
      const sources = {
        events,
        history: new StreamHistory(events),
        readModels,
      };
      return await annualReportText(sources, { agreementId, year, asKnownAt, format });
    } finally {
      await readModels.destroy();
    }
  });
  if (text === null) {
    throw new Error(`agreement ${agreementId} had not been drafted by the end of ${asKnownAt}`);
  }
  if (!options.out) {
    // The report ends its last line; the output ends every line it is given.
    output.info(text.slice(0, -1));
    return;
  }
  const file = resolve(options.out);
  await writeFile(file, text, 'utf8');
  output.info(
    `wrote the ${reportingYear(year).label} report of ${agreementId}, as known at ` +
      `${asKnownAt}, to ${file}`,
  );
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new InvalidArgumentError('give the year the reporting year starts in, e.g. 2009');
  }
  return Number(value);
}
