import { verifyStreamChain } from '@concordat/event-store';
import { BUNDLE_FILES, storedEventOf } from './evidence-bundle';
import type { EvidenceProblem } from './evidence-problem';
import { PartnershipStreams } from './partnership-streams';
import type { EventLine } from './read-evidence-bundle';

interface LineProblem {
  readonly at: EventLine;
  readonly reason: string;
}

/** Where an event is, for an auditor looking at events.jsonl. */
export function lineOf({ line, event }: EventLine): string {
  return `line ${line} (stream ${event.streamId} revision ${event.streamRevision})`;
}

/**
 * What the lines of events.jsonl say about themselves: that they are in the order of the log,
 * that each event's text hashes to its hash and its fields are what that text says, that every
 * stream chains from revision 0 with nothing missing, and that every stream belongs to the
 * partnership. In line order.
 */
export function eventProblems(
  lines: readonly EventLine[],
  partnershipId: string | undefined,
): EvidenceProblem[] {
  return [
    ...orderProblems(lines),
    ...lines.flatMap(occurredAtProblem),
    ...chainProblems(lines),
    ...(partnershipId === undefined ? [] : membershipProblems(lines, partnershipId)),
  ]
    .sort((a, b) => a.at.line - b.at.line)
    .map(({ at, reason }) => ({ file: BUNDLE_FILES.events, where: lineOf(at), reason }));
}

/** Lines follow the log: otherwise two lines of different streams could trade places unseen. */
function orderProblems(lines: readonly EventLine[]): LineProblem[] {
  return lines.flatMap((at, index) => {
    const previous = lines[index - 1];
    if (!previous) return [];
    const [leaf, position] = [BigInt(at.event.leafIndex), BigInt(at.event.globalPosition)];
    const [previousLeaf, previousPosition] = [
      BigInt(previous.event.leafIndex),
      BigInt(previous.event.globalPosition),
    ];
    if (leaf > previousLeaf && position > previousPosition) return [];
    return [
      {
        at,
        reason:
          `leaf ${leaf} at position ${position} does not come after line ${previous.line}'s ` +
          `leaf ${previousLeaf} at position ${previousPosition}: the lines are out of the log's order`,
      },
    ];
  });
}

function occurredAtProblem(at: EventLine): LineProblem[] {
  return at.event.occurredAt === at.event.metadata.occurredAt
    ? []
    : [{ at, reason: "occurredAt is not the metadata's occurredAt, which the hash covers" }];
}

/** The event store's own chain check, stream by stream, each break placed on its line. */
function chainProblems(lines: readonly EventLine[]): LineProblem[] {
  const streams = new Map<string, EventLine[]>();
  for (const line of lines) {
    const stream = streams.get(line.event.streamId);
    if (stream) stream.push(line);
    else streams.set(line.event.streamId, [line]);
  }
  const problems: LineProblem[] = [];
  for (const stream of streams.values()) {
    let current = stream[0]!;
    const events = function* () {
      for (const line of stream) {
        current = line;
        yield storedEventOf(line.event);
      }
    };
    // The check reports an event's breaks before it asks for the next, so they are `current`'s.
    for (const broken of verifyStreamChain(events()))
      problems.push({ at: current, reason: broken.reason });
  }
  return problems;
}

/** The first line of each stream that is not the partnership's. */
function membershipProblems(lines: readonly EventLine[], partnershipId: string): LineProblem[] {
  const belonging = new PartnershipStreams(partnershipId);
  for (const { event } of lines) belonging.observe(event);
  const seen = new Set<string>();
  return lines.flatMap((at) => {
    const { streamId } = at.event;
    if (seen.has(streamId) || belonging.includes(streamId)) return [];
    seen.add(streamId);
    return [
      {
        at,
        reason:
          `stream ${streamId} is not partnership ${partnershipId}'s: none of its events names ` +
          'the partnership, and no event of the partnership names it as a framework version',
      },
    ];
  });
}
