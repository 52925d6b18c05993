import { BUNDLE_FILES, type EvidenceStreamHead } from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';
import type { EventLine, EventLines } from './read-evidence-bundle';
import { lineOf } from './verify-evidence-events';

/**
 * events.jsonl holds the streams the manifest lists and no other, each up to the head it lists.
 * With the chain check, which sees that each stream runs from revision 0 without a gap, this
 * shows that no stream, and no event at the end of one, was taken out of the bundle or added.
 */
export function streamProblems(
  listed: readonly EvidenceStreamHead[],
  events: EventLines,
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const heads = new Map<string, EvidenceStreamHead>();
  for (const head of listed) {
    if (heads.has(head.streamId)) {
      problems.push({ file: BUNDLE_FILES.manifest, reason: `lists stream ${head.streamId} twice` });
    }
    heads.set(head.streamId, head);
  }
  const lastLines = new Map<string, EventLine>();
  for (const line of events.lines) {
    const { streamId } = line.event;
    if (!heads.has(streamId) && !lastLines.has(streamId)) {
      problems.push({
        file: BUNDLE_FILES.events,
        where: lineOf(line),
        reason: `stream ${streamId} is not one of the streams manifest.json lists`,
      });
    }
    lastLines.set(streamId, line);
  }
  // Lines that cannot be read are named already; where their streams end cannot be told.
  if (events.lines.length < events.count) return problems;
  for (const head of heads.values()) {
    const problem = headProblem(head, lastLines.get(head.streamId));
    if (problem) problems.push(problem);
  }
  return problems;
}

function headProblem(
  head: EvidenceStreamHead,
  last: EventLine | undefined,
): EvidenceProblem | undefined {
  const file = BUNDLE_FILES.events;
  const listed = `manifest.json lists it up to revision ${head.lastRevision}`;
  if (!last) {
    return {
      file,
      where: `stream ${head.streamId}`,
      reason: `${listed}, but no line holds an event of it: the stream was removed`,
    };
  }
  const { streamRevision, hash } = last.event;
  if (streamRevision !== head.lastRevision) {
    const change =
      BigInt(streamRevision) < BigInt(head.lastRevision)
        ? 'its later events were removed'
        : 'events were added to its end';
    return {
      file,
      where: lineOf(last),
      reason: `the stream ends here, but ${listed}: ${change}`,
    };
  }
  if (hash !== head.lastHash) {
    return {
      file,
      where: lineOf(last),
      reason: `the stream ends here with hash ${hash}, not the ${head.lastHash} manifest.json lists: its last event was replaced`,
    };
  }
  return undefined;
}
