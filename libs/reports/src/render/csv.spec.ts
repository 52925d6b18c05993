import { renderCsv } from './csv';
import type { ReportDocument } from './report-document';

const DOCUMENT: ReportDocument = {
  title: 'not in the CSV',
  tables: [
    {
      section: 'commitments',
      heading: 'Commitments',
      columns: [
        { key: 'party_id', heading: 'Party' },
        { key: 'action', heading: 'Action' },
      ],
      rows: [
        ['council', 'Fund "apprentices", now'],
        ['nhs', 'Two\r\nlines'],
      ],
    },
    {
      section: 'resources',
      heading: 'Resources',
      columns: [
        { key: 'party_id', heading: 'Party' },
        { key: 'pledged_money', heading: 'Pledged' },
      ],
      rows: [['council', 'GBP 1500.50']],
    },
    { section: 'decisions', heading: 'Decisions', columns: [], rows: [] },
  ],
};

describe('the report in CSV', () => {
  it('is one RFC 4180 table: a section column, then every section’s columns, shared names once', () => {
    expect(renderCsv(DOCUMENT)).toBe(
      'section,party_id,action,pledged_money\r\n' +
        'commitments,council,"Fund ""apprentices"", now",\r\n' +
        'commitments,nhs,"Two\r\nlines",\r\n' +
        'resources,council,,GBP 1500.50\r\n',
    );
  });
});
