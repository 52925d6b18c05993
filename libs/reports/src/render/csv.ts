import type { ReportDocument } from './report-document';

/**
 * One RFC 4180 table for the whole report, so any CSV reader takes it in one go: the first field
 * of every record names its section (`report`, `outcomes`, `indicators`, ...), and the header
 * lists each section's columns in turn, a name the sections share (`party_id`) once. A record
 * fills its own section's columns and leaves the others empty. Records end in CRLF; a field is
 * quoted when it holds a comma, a double quote or a line break, its quotes doubled.
 */
export function renderCsv(document: ReportDocument): string {
  const keys = [
    ...new Set(document.tables.flatMap((table) => table.columns.map((column) => column.key))),
  ];
  const records = document.tables.flatMap((table) => {
    const place = new Map(table.columns.map((column, index) => [column.key, index]));
    return table.rows.map((cells) => [
      table.section,
      ...keys.map((key) => {
        const index = place.get(key);
        return index === undefined ? '' : (cells[index] ?? '');
      }),
    ]);
  });
  return [['section', ...keys], ...records]
    .map((record) => `${record.map(field).join(',')}\r\n`)
    .join('');
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
