import { NOTHING_RECORDED, type ReportDocument, type ReportTable } from './report-document';

/** Nothing loads from elsewhere and nothing runs, even if some text slipped through unescaped. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = [
  'body { font-family: sans-serif; margin: 2em; }',
  'table { border-collapse: collapse; margin-bottom: 1em; }',
  'th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }',
  'th { background: #eee; }',
].join('\n');

/** One self-contained HTML page: inline style, no scripts, every text escaped. */
export function renderHtml(document: ReportDocument): string {
  const title = escapeHtml(document.title);
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<title>${title}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    ...document.tables.flatMap(section),
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
}

function section(table: ReportTable): string[] {
  const headings = table.columns.map(
    (column) => `<th scope="col">${escapeHtml(column.heading)}</th>`,
  );
  const row = (cells: readonly string[]) =>
    `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  const body =
    table.rows.length === 0
      ? [`<p>${NOTHING_RECORDED}</p>`]
      : [
          '<table>',
          `<thead><tr>${headings.join('')}</tr></thead>`,
          '<tbody>',
          ...table.rows.map(row),
          '</tbody>',
          '</table>',
        ];
  return [
    `<section id="${escapeHtml(table.section)}">`,
    `<h2>${escapeHtml(table.heading)}</h2>`,
    ...body,
    '</section>',
  ];
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
