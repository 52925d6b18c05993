import { renderHtml } from './html';
import type { ReportDocument } from './report-document';

const DOCUMENT: ReportDocument = {
  title: 'Report <2009-10> & "more"',
  tables: [
    {
      section: 'decisions',
      heading: 'Decisions & votes',
      columns: [
        { key: 'decision_id', heading: 'Decision' },
        { key: 'rationale', heading: 'Rationale' },
      ],
      rows: [['d-1', `<script>alert('x')</script>`]],
    },
    { section: 'participation', heading: 'Participation', columns: [], rows: [] },
  ],
};

describe('the report in HTML', () => {
  it('is one page with nothing to load or run, every text escaped', () => {
    expect(renderHtml(DOCUMENT)).toBe(
      `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Report &lt;2009-10&gt; &amp; &quot;more&quot;</title>
<style>
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
</style>
</head>
<body>
<h1>Report &lt;2009-10&gt; &amp; &quot;more&quot;</h1>
<section id="decisions">
<h2>Decisions &amp; votes</h2>
<table>
<thead><tr><th scope="col">Decision</th><th scope="col">Rationale</th></tr></thead>
<tbody>
<tr><td>d-1</td><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td></tr>
</tbody>
</table>
</section>
<section id="participation">
<h2>Participation</h2>
<p>None recorded.</p>
</section>
</body>
</html>
`,
    );
  });
});
