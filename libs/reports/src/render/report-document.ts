/**
 * A report as its three formats share it: a title and tables of text, every value already
 * written out. Markdown, HTML and CSV only lay these out, so they cannot disagree on content.
 */
export interface ReportDocument {
  readonly title: string;
  readonly tables: readonly ReportTable[];
}

export interface ReportColumn {
  /** The column's name in CSV: lower case and underscores. */
  readonly key: string;
  readonly heading: string;
}

export interface ReportTable {
  /** Names the table: the CSV `section` value and the HTML section id. */
  readonly section: string;
  readonly heading: string;
  readonly columns: readonly ReportColumn[];
  /** One text per column in each row. */
  readonly rows: readonly (readonly string[])[];
}

/** A column: its CSV key, its heading, and how a row's cell is written. */
export type ColumnOf<Row> = readonly [key: string, heading: string, cell: (row: Row) => string];

export function tableOf<Row>(
  section: string,
  heading: string,
  columns: readonly ColumnOf<Row>[],
  rows: readonly Row[],
): ReportTable {
  return {
    section,
    heading,
    columns: columns.map(([key, columnHeading]) => ({ key, heading: columnHeading })),
    rows: rows.map((row) => columns.map(([, , cell]) => cell(row))),
  };
}

/** What the Markdown and HTML show for a table without rows. */
export const NOTHING_RECORDED = 'None recorded.';
