import type { NewEvent } from '@concordat/event-store';
import { orkneyDemo } from '@concordat/demo-data';
import { replayThroughDeciders } from '@concordat/demo-data/testing/replay-through-deciders';
import type { DomainEvent, JsonObject } from '@concordat/shared-kernel';
import { SeededRandom } from './seeded-random';

/** One append of the generated history. */
export interface HistoryAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
}

export const PARTNERSHIPS = 32;
const QUARTERS = 40;
const FIRST_YEAR = 2011;

const NOTES = [
  'Clinics running in every locality; outreach reached the outer isles this quarter as planned.',
  'Recruitment behind plan after two vacancies; interim cover agreed with the partner agencies.',
  'Pilot extended to the second ward; early figures show take-up above the baseline estimate.',
  'Funding confirmed for the next year; the steering group met twice and agreed the work plan.',
  'Delivery paused for the winter timetable; the board will review the revised milestones.',
];
const STATUSES = ['on_track', 'on_track', 'on_track', 'at_risk', 'off_track'];

/**
 * A decade of a country's community planning, deterministic for a seed: the demo story's
 * partnership, agreement, meetings, commitments, observations and engagement (decided by the real
 * deciders), copied for each partnership (32 for a country) under two shared framework versions;
 * then ten years of quarterly indicator observations and commitment progress reports. The number
 * of commitments per partnership grows until the history holds about `targetEvents` events.
 */
export function* countryHistory(
  targetEvents: number,
  partnerships = PARTNERSHIPS,
  seed = 2008,
): Generator<HistoryAppend> {
  const random = new SeededRandom(seed);
  const story = replayThroughDeciders(orkneyDemo());
  const frameworks = [...story].filter(([streamId]) => streamId.startsWith('framework-version-'));
  const local = [...story].filter(([streamId]) => !streamId.startsWith('framework-version-'));
  const shared = new Set(frameworks.flatMap(([, events]) => events.flatMap(idsIn)));
  const copied = new Set(local.flatMap(([, events]) => events.flatMap(idsIn)));
  for (const id of shared) copied.delete(id);

  for (const [streamId, events] of frameworks) yield toAppend(random, streamId, events);
  const skeletonEvents = local.reduce((sum, [, events]) => sum + events.length, 0);
  const indicators = local.flatMap(([, events]) => events.filter(isIndicatorAdded));
  const perPartnership = Math.ceil(targetEvents / partnerships);
  const extraCommitments = Math.max(
    1,
    Math.ceil((perPartnership - skeletonEvents - indicators.length * QUARTERS) / (QUARTERS + 2)),
  );
  const acceptedTemplate = local.find(
    ([streamId, events]) =>
      streamId.startsWith('commitment-') && events[1]?.type === 'CommitmentAccepted',
  );
  if (!acceptedTemplate) throw new Error('the demo story has no accepted commitment to copy');

  for (let partnership = 0; partnership < partnerships; partnership += 1) {
    const rename = renamer(copied, `-p${partnership}`);
    for (const [streamId, events] of local) {
      yield toAppend(random, rename.streamId(streamId), events.map(rename.event));
    }
    for (const added of indicators.map(rename.event)) {
      yield observations(random, added.data as JsonObject);
    }
    for (let index = 0; index < extraCommitments; index += 1) {
      const commitment = renamer(new Set([...copied]), `-x${index}-p${partnership}`);
      const [streamId, events] = acceptedTemplate;
      const opening = events.slice(0, 2).map(commitment.event);
      const data = (opening[0]?.data ?? {}) as JsonObject;
      yield toAppend(random, commitment.streamId(streamId), [
        ...opening,
        ...progressReports(random, textOf(data, 'partnershipId'), textOf(data, 'commitmentId')),
      ]);
    }
  }
}

/** A realistic event of the most frequent kind, for the append figures. */
export function progressReport(random: SeededRandom, sequence: number): NewEvent {
  const [event] = progressReports(random, `cpp-${sequence % PARTNERSHIPS}`, `c-${sequence}`).slice(
    sequence % QUARTERS,
  );
  if (!event) throw new Error('no progress report');
  return toNewEvent(random, event);
}

function progressReports(
  random: SeededRandom,
  partnershipId: string,
  commitmentId: string,
): DomainEvent[] {
  return quarters().map((period) => ({
    type: 'CommitmentProgressReported',
    schemaVersion: 1,
    data: {
      commitmentId,
      partnershipId,
      status: random.pick(STATUSES),
      note: random.pick(NOTES),
      evidenceUrl: `https://evidence.example.org/${partnershipId}/${period.end}.pdf`,
      period,
    },
  }));
}

function observations(random: SeededRandom, indicator: JsonObject): HistoryAppend {
  const partnershipId = textOf(indicator, 'partnershipId');
  const agreementId = textOf(indicator, 'agreementId');
  const indicatorId = textOf(indicator, 'indicatorId');
  const events = quarters().map((period): DomainEvent => ({
    type: 'IndicatorObservationRecorded',
    schemaVersion: 1,
    data: {
      partnershipId,
      agreementId,
      indicatorId,
      observationId: `obs-${indicatorId}-${period.end}`,
      period: period.end.slice(0, 7),
      periodStart: period.start,
      periodEnd: period.end,
      value: Math.round(random.next() * 1000) / 10,
      source: 'Scottish Neighbourhood Statistics, quarterly release',
      publishedOn: period.end,
    },
  }));
  return toAppend(random, `indicator-observations-${agreementId}-${indicatorId}`, events);
}

function quarters(): { start: string; end: string }[] {
  const ends = ['06-30', '09-30', '12-31', '03-31'];
  const starts = ['04-01', '07-01', '10-01', '01-01'];
  return Array.from({ length: QUARTERS }, (_, index) => {
    const year = FIRST_YEAR + Math.floor(index / 4);
    const quarter = index % 4;
    const calendarYear = quarter === 3 ? year + 1 : year;
    return { start: `${calendarYear}-${starts[quarter]}`, end: `${calendarYear}-${ends[quarter]}` };
  });
}

function toAppend(
  random: SeededRandom,
  streamId: string,
  events: readonly DomainEvent[],
): HistoryAppend {
  return { streamId, events: events.map((event) => toNewEvent(random, event)) };
}

function toNewEvent(random: SeededRandom, event: DomainEvent): NewEvent {
  return {
    id: random.uuid(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data as JsonObject,
    metadata: {
      actor: 'user:partnership-officer',
      correlationId: random.uuid(),
      causationId: null,
      commandId: random.uuid(),
      occurredAt: '2021-04-01T09:00:00.000Z',
    },
  };
}

function textOf(data: JsonObject, key: string): string {
  const value = data[key];
  if (typeof value !== 'string') throw new Error(`the event has no text ${key}`);
  return value;
}

const isIndicatorAdded = (event: DomainEvent) => event.type === 'IndicatorAdded';

/** Every string held under a key naming an id (`…Id`, `…Ids`), anywhere in the event. */
function idsIn(event: DomainEvent): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && /Ids?$/.test(key)) found.push(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (typeof value === 'object' && value !== null) {
      for (const [child, item] of Object.entries(value)) visit(item, child);
    }
  };
  visit(event.data, '');
  return found;
}

/** Renames the given ids, wherever they occur, by appending a suffix. */
function renamer(ids: ReadonlySet<string>, suffix: string) {
  const longestFirst = [...ids].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    longestFirst.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  const value = (item: unknown): unknown => {
    if (typeof item === 'string') return ids.has(item) ? `${item}${suffix}` : item;
    if (Array.isArray(item)) return item.map(value);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, value(child)]));
    }
    return item;
  };
  return {
    streamId: (streamId: string) => streamId.replace(pattern, (id) => `${id}${suffix}`),
    event: (event: DomainEvent): DomainEvent => ({
      ...event,
      data: value(event.data) as JsonObject,
    }),
  };
}
