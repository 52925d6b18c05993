import type { DataSource } from 'typeorm';
import type { FrameworkVersionPublished, FrameworkVersionSuperseded } from '@concordat/domain';
import { InvalidCursorError } from '../infrastructure/cursor';
import type { ProjectionRunner } from '../infrastructure/projection-runner';
import { readModelBackends, type ReadModelTestStores } from '../testing/read-model-test-stores';
import { FRAMEWORK_ENTITIES, FrameworkIndicatorEntity } from './frameworks.entities';
import { frameworksProjection } from './frameworks.projection';
import {
  frameworkVersionById,
  frameworkVersionsByIds,
  indicatorsOfFrameworks,
  listFrameworkVersions,
  nationalOutcomesOfFrameworks,
  strategicObjectivesOfFrameworks,
} from './frameworks.queries';
import {
  appendInOrder,
  expectIdempotentAndRebuildable,
  fact,
  openDataSource,
  runUntil,
  type StreamEvent,
} from './testing/read-model-harness';

const stream = (id: string) => `framework-version-${id}`;

function version(
  id: string,
  publishedOn: string,
  supersedes: string | null,
  outcomes: number,
): FrameworkVersionPublished['data'] {
  const outcomeIds = Array.from({ length: outcomes }, (_, i) => `${id}-no${i + 1}`);
  return {
    frameworkVersionId: id,
    label: `National Performance Framework ${publishedOn.slice(0, 4)}`,
    publishedOn,
    purpose: 'To focus government and public services on creating a more successful country.',
    strategicObjectives: [
      { id: 'wealthier-fairer', title: 'Wealthier and fairer' },
      { id: 'healthier', title: 'Healthier' },
    ],
    // Published out of number order, to show the reads sort by number.
    nationalOutcomes: outcomeIds
      .map((outcomeId, i) => ({ id: outcomeId, number: i + 1, title: `Outcome ${i + 1}` }))
      .reverse(),
    nationalIndicators: [
      { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: [outcomeIds[0]!] },
      { id: 'ni-life', title: 'Increase healthy life expectancy', outcomeIds: outcomeIds.slice(1) },
    ],
    localIndicatorMenu: [{ id: 'lm-smoking', title: 'Adults who smoke', outcomeIds: [] }],
    supersedes,
  };
}

function frameworkStory(): StreamEvent[] {
  return [
    fact<FrameworkVersionPublished>(
      stream('npf-2007'),
      'FrameworkVersionPublished',
      version('npf-2007', '2007-11-14', null, 15),
      '2007-11-14T10:00:00.000Z',
    ),
    fact<FrameworkVersionPublished>(
      stream('npf-2011'),
      'FrameworkVersionPublished',
      version('npf-2011', '2011-12-01', 'npf-2007', 16),
      '2011-12-01T10:00:00.000Z',
    ),
    fact<FrameworkVersionSuperseded>(
      stream('npf-2007'),
      'FrameworkVersionSuperseded',
      { frameworkVersionId: 'npf-2007', supersededBy: 'npf-2011', on: '2011-12-01' },
      '2011-12-01T10:00:00.000Z',
    ),
    fact<FrameworkVersionPublished>(
      stream('npf-2016'),
      'FrameworkVersionPublished',
      version('npf-2016', '2016-06-01', null, 11),
      '2016-06-01T10:00:00.000Z',
    ),
  ];
}

describe.each(readModelBackends)('the frameworks read model on %s', (_name, openStores) => {
  let stores: ReadModelTestStores;
  let runner: ProjectionRunner | undefined;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await dataSource?.destroy();
    dataSource = undefined;
    await stores.close();
  });

  async function project(events: readonly StreamEvent[]): Promise<DataSource> {
    const last = await appendInOrder(stores.store, events);
    runner = await runUntil(stores, [frameworksProjection], last);
    dataSource = await openDataSource(stores, [...FRAMEWORK_ENTITIES]);
    return dataSource;
  }

  it('lists framework versions with their status, outcomes, objectives and indicators', async () => {
    const ds = await project(frameworkStory());

    expect(await frameworkVersionById(ds, 'npf-2007')).toEqual({
      frameworkVersionId: 'npf-2007',
      label: 'National Performance Framework 2007',
      publishedOn: '2007-11-14',
      purpose: 'To focus government and public services on creating a more successful country.',
      supersedes: null,
      status: 'superseded',
      supersededBy: 'npf-2011',
      supersededOn: '2011-12-01',
    });
    expect(await frameworkVersionById(ds, 'npf-1999')).toBeNull();
    expect(
      (await frameworkVersionsByIds(ds, ['npf-2016', 'npf-2011'])).map((v) => v.status),
    ).toEqual(['published', 'published']);

    const outcomes = await nationalOutcomesOfFrameworks(ds, ['npf-2016', 'npf-2007']);
    expect(outcomes.filter((o) => o.frameworkVersionId === 'npf-2007')).toHaveLength(15);
    expect(
      outcomes.filter((o) => o.frameworkVersionId === 'npf-2016').map((o) => o.number),
    ).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(outcomes[0]).toEqual({
      frameworkVersionId: 'npf-2007',
      outcomeId: 'npf-2007-no1',
      number: 1,
      title: 'Outcome 1',
    });

    const objectives = await strategicObjectivesOfFrameworks(ds, ['npf-2011']);
    expect(objectives.map((o) => [o.position, o.objectiveId])).toEqual([
      [1, 'wealthier-fairer'],
      [2, 'healthier'],
    ]);

    const national = await indicatorsOfFrameworks(ds, ['npf-2011'], 'national');
    expect(national.map((i) => [i.indicatorId, i.outcomeIds.length])).toEqual([
      ['ni-employment', 1],
      ['ni-life', 15],
    ]);
    const both = await indicatorsOfFrameworks(ds, ['npf-2011']);
    expect(both.map((i) => [i.list, i.indicatorId])).toEqual([
      ['local_menu', 'lm-smoking'],
      ['national', 'ni-employment'],
      ['national', 'ni-life'],
    ]);
    expect(both[0]?.outcomeIds).toEqual([]);

    const viaEntity = await ds.getRepository(FrameworkIndicatorEntity).findOneByOrFail({
      frameworkVersionId: 'npf-2007',
      list: 'national',
      indicatorId: 'ni-employment',
    });
    expect(viaEntity.outcomeIds).toEqual(['npf-2007-no1']);
  });

  it('pages through the versions in order of publication', async () => {
    const ds = await project(frameworkStory());

    const first = await listFrameworkVersions(ds, { first: 2 });
    expect(first.items.map((v) => v.frameworkVersionId)).toEqual(['npf-2007', 'npf-2011']);
    expect(first.hasNextPage).toBe(true);
    const second = await listFrameworkVersions(ds, { first: 2, after: first.endCursor });
    expect(second.items.map((v) => v.frameworkVersionId)).toEqual(['npf-2016']);
    expect(second.hasNextPage).toBe(false);
    await expect(listFrameworkVersions(ds, { first: 2, after: 'not-a-cursor' })).rejects.toThrow(
      InvalidCursorError,
    );
  });

  it('changes nothing when events are applied twice, and rebuilds to the same tables', async () => {
    await project(frameworkStory());
    await runner?.stop();
    runner = undefined;

    await expectIdempotentAndRebuildable(stores, frameworksProjection);
  });
});
