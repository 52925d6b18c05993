import { NOTHING_RECORDED, type ReportDocument, type ReportTable } from './report-document';

/**
 * GitHub-flavoured Markdown: a heading and a table per section. Text is escaped so that it reads
 * as written: no line breaks inside a cell, no emphasis, links or table cells made by the
 * characters it holds, and no raw HTML.
 */
export function renderMarkdown(document: ReportDocument): string {
  const lines = [`# ${inline(document.title)}`, ...document.tables.flatMap(section)];
  return `${lines.join('\n')}\n`;
}

function section(table: ReportTable): string[] {
  const heading = ['', `## ${inline(table.heading)}`, ''];
  if (table.rows.length === 0) return [...heading, NOTHING_RECORDED];
  return [
    ...heading,
    row(table.columns.map((column) => inline(column.heading))),
    row(table.columns.map(() => '---')),
    ...table.rows.map((cells) => row(cells.map(inline))),
  ];
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The characters that would otherwise format Markdown, or end a table cell. */
const PUNCTUATION = /[\\`*_[\]|~]/g;

function inline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCTUATION, (character) => `\\${character}`);
}
