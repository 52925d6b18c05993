import type { DataSource } from 'typeorm';
import {
  engagementStreamId,
  type EngagementActivityRecorded,
  type EngagementEvent,
  type EngagementInfluenceTarget,
} from '@concordat/domain';
import type { NewEvent } from '@concordat/event-store';
import { orkneyDemo } from '@concordat/demo-data';
import { replayThroughDeciders } from '@concordat/demo-data/testing/replay-through-deciders';
import {
  appendStreams,
  applyEverythingAgain,
  digestOf,
  projectUpTo,
  storable,
} from '../agreements/testing/projection-test-kit';
import type { ProjectionRunner } from '../infrastructure/projection-runner';
import { openReadModelDataSource } from '../infrastructure/read-model-data-source';
import { rebuildProjection } from '../infrastructure/rebuild-projection';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { ENGAGEMENT_ENTITIES } from './engagement.entities';
import { engagementProjection } from './engagement.projection';
import {
  engagementActivitiesByIds,
  feedbackOfActivities,
  influencesOfActivities,
  influencesOn,
  listEngagementActivities,
  participantsOfActivities,
} from './engagement.queries';

const ORKNEY = 'orkney-cpp';
const SOA = 'soa-2008-11';

function recorded(
  activityId: string,
  partnershipId: string,
  agreementId: string | null,
  from: string,
  to: string,
  participants: EngagementActivityRecorded['data']['participants'],
): EngagementActivityRecorded {
  return {
    type: 'EngagementActivityRecorded',
    schemaVersion: 1,
    data: {
      activityId,
      partnershipId,
      agreementId,
      held: { from, to },
      method: 'public_meeting',
      participants,
      peopleReached: participants.length === 0 ? 120 : null,
      summary: `What was heard at ${activityId}`,
    },
  };
}

function influence(
  activityId: string,
  influenceId: string,
  target: EngagementInfluenceTarget,
): EngagementEvent {
  return {
    type: 'EngagementInfluenceRecorded',
    schemaVersion: 1,
    data: {
      activityId,
      partnershipId: ORKNEY,
      influenceId,
      target,
      whatChanged: `${influenceId} changed ${target.id}`,
    },
  };
}

const warmHomes = { kind: 'local_outcome', id: 'lo-warm-homes', agreementId: SOA } as const;

function scenario(): [string, NewEvent[]][] {
  const streams: [string, EngagementEvent[]][] = [
    [
      'act-roadshow',
      [
        recorded('act-roadshow', ORKNEY, SOA, '2009-10-05', '2009-10-23', [
          {
            name: 'Isles Community Councils Forum',
            kind: 'community_council',
            partnerId: 'community-councils',
            representsDisadvantagedPeople: false,
          },
          {
            name: 'Age Concern Orkney',
            kind: 'equalities_group',
            partnerId: null,
            representsDisadvantagedPeople: true,
          },
        ]),
        influence('act-roadshow', 'warm-homes', warmHomes),
        influence('act-roadshow', 'fuel-poverty-indicator', {
          kind: 'indicator',
          id: 'ind-fuel-poverty',
          agreementId: SOA,
        }),
        {
          type: 'EngagementFeedbackGiven',
          schemaVersion: 1,
          data: {
            activityId: 'act-roadshow',
            partnershipId: ORKNEY,
            givenOn: '2010-01-20',
            channel: 'newsletter',
            text: 'You told us, we did',
          },
        },
        {
          type: 'EngagementFeedbackGiven',
          schemaVersion: 1,
          data: {
            activityId: 'act-roadshow',
            partnershipId: ORKNEY,
            givenOn: '2010-10-05',
            channel: 'report',
            text: 'The annual report on the roadshow',
          },
        },
      ],
    ],
    ['act-survey', [recorded('act-survey', ORKNEY, null, '2009-03-01', '2009-03-31', [])]],
    [
      'act-workshop',
      [
        recorded('act-workshop', ORKNEY, SOA, '2010-02-10', '2010-02-10', []),
        influence('act-workshop', 'insulation-offer', warmHomes),
      ],
    ],
    [
      'act-shetland',
      [recorded('act-shetland', 'shetland-cpp', null, '2009-01-01', '2009-01-01', [])],
    ],
  ];
  return streams.map(([activityId, events]) => [
    engagementStreamId(activityId),
    events.map((event) => storable(event)),
  ]);
}

describe.each(readModelBackends)('the engagement read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await dataSource?.destroy();
    dataSource = undefined;
    await runner?.stop();
    runner = undefined;
    await stores.close();
  });

  async function project(streams: Iterable<readonly [string, readonly NewEvent[]]>) {
    const last = await appendStreams(stores.store, streams);
    runner = await projectUpTo(stores.store, stores.sql, engagementProjection, last);
    dataSource = await openReadModelDataSource(stores, stores.databaseUrl, [
      ...ENGAGEMENT_ENTITIES,
    ]);
    return dataSource;
  }

  it('pages through a partnership’s activities by the day they began', async () => {
    const ds = await project(scenario());

    const first = await listEngagementActivities(ds, { partnershipId: ORKNEY }, { first: 2 });
    expect(first.items.map((a) => a.activityId)).toEqual(['act-survey', 'act-roadshow']);
    expect(first.hasNextPage).toBe(true);
    const second = await listEngagementActivities(
      ds,
      { partnershipId: ORKNEY },
      { first: 2, after: first.endCursor },
    );
    expect(second.items.map((a) => a.activityId)).toEqual(['act-workshop']);
    expect(second.hasNextPage).toBe(false);

    const forAgreement = await listEngagementActivities(
      ds,
      { partnershipId: ORKNEY, agreementId: SOA },
      { first: 10 },
    );
    expect(forAgreement.items.map((a) => a.activityId)).toEqual(['act-roadshow', 'act-workshop']);
    expect(forAgreement.items[0]).toMatchObject({
      heldFrom: '2009-10-05',
      heldTo: '2009-10-23',
      method: 'public_meeting',
      peopleReached: null,
      participantCount: 2,
      influenceCount: 2,
      feedbackCount: 2,
    });
  });

  it('answers "how did communities shape this?", and looks children up in batches', async () => {
    const ds = await project(scenario());

    const shaped = await influencesOn(ds, { kind: 'local_outcome', id: 'lo-warm-homes' });
    expect(shaped.map((i) => [i.activityId, i.influenceId])).toEqual([
      ['act-roadshow', 'warm-homes'],
      ['act-workshop', 'insulation-offer'],
    ]);
    expect(
      await influencesOn(ds, { kind: 'local_outcome', id: 'lo-warm-homes', agreementId: 'other' }),
    ).toEqual([]);
    expect(await influencesOn(ds, { kind: 'commitment', id: 'lo-warm-homes' })).toEqual([]);

    const activities = await engagementActivitiesByIds(ds, ['act-workshop', 'act-roadshow']);
    expect(activities.map((a) => a.activityId)).toEqual(['act-roadshow', 'act-workshop']);

    const participants = await participantsOfActivities(ds, ['act-roadshow', 'act-survey']);
    expect(participants.map((p) => [p.ordinal, p.name, p.partnerId])).toEqual([
      [0, 'Isles Community Councils Forum', 'community-councils'],
      [1, 'Age Concern Orkney', null],
    ]);
    expect(participants[1]?.representsDisadvantagedPeople).toBe(true);

    const influences = await influencesOfActivities(ds, ['act-roadshow', 'act-workshop']);
    expect(influences.map((i) => [i.activityId, i.targetKind, i.targetId])).toEqual([
      ['act-roadshow', 'local_outcome', 'lo-warm-homes'],
      ['act-roadshow', 'indicator', 'ind-fuel-poverty'],
      ['act-workshop', 'local_outcome', 'lo-warm-homes'],
    ]);

    const feedback = await feedbackOfActivities(ds, ['act-roadshow']);
    expect(feedback.map((f) => [f.revision, f.givenOn, f.channel])).toEqual([
      ['3', '2010-01-20', 'newsletter'],
      ['4', '2010-10-05', 'report'],
    ]);
    expect(await feedbackOfActivities(ds, [])).toEqual([]);
  });

  it('is unchanged by every event applied twice, and rebuilt the same', async () => {
    await project(scenario());
    await runner?.stop();
    const live = await digestOf(stores.sql, engagementProjection);

    await applyEverythingAgain(stores.store, stores.sql, engagementProjection);
    expect(await digestOf(stores.sql, engagementProjection)).toBe(live);

    await rebuildProjection(stores.store, stores.sql, engagementProjection);
    expect(await digestOf(stores.sql, engagementProjection)).toBe(live);
  });

  it('traces the Orkney isles roadshow to what it changed', async () => {
    // Withdrawals are left out: their handler flags commitments, which the deciders alone do not.
    const steps = orkneyDemo().filter((step) => step.command.type !== 'WithdrawPartner');
    const streams = replayThroughDeciders(steps);
    const ds = await project(
      [...streams].map(([id, events]): [string, NewEvent[]] => [
        id,
        events.map((event) => storable(event)),
      ]),
    );
    const [roadshow] = (await listEngagementActivities(ds, { partnershipId: ORKNEY }, { first: 5 }))
      .items;
    expect(roadshow).toMatchObject({ peopleReached: 286, participantCount: 6 });
    const shaped = await influencesOn(ds, {
      kind: 'local_outcome',
      id: 'lo-warm-homes',
      agreementId: 'soa-orkney-2008-11',
    });
    expect(shaped).toEqual([expect.objectContaining({ influenceId: 'warm-homes-outcome' })]);
    const participants = await participantsOfActivities(ds, [roadshow?.activityId ?? '']);
    expect(participants.filter((p) => p.representsDisadvantagedPeople)).toHaveLength(3);
  });
});
