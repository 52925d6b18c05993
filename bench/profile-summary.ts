/**
 * `npx ts-node bench/profile-summary.ts FILE.cpuprofile [N]`: the N functions (default 15) that
 * took the most CPU themselves in a `node --cpu-prof` profile, with their share of the samples.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

function main(): void {
  const [file, count = '15'] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary FILE.cpuprofile [N]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const totals = new Map<string, number>();
  let samples = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    samples += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${relative(process.cwd(), url.replace('file://', ''))}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + hits);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(count));
  console.table(
    top.map(([frame, hits]) => ({
      frame,
      selfPercent: Number(((hits / samples) * 100).toFixed(1)),
    })),
  );
}

main();
