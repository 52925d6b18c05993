import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql } from '../testing/graphql-client';

const PUBLISH = `mutation Publish($input: PublishFrameworkVersionInput!) {
  publishFrameworkVersion(input: $input) {
    id revision globalPosition alreadyApplied readModelsCaughtUp
  }
}`;
const SUPERSEDE = `mutation Supersede($input: SupersedeFrameworkVersionInput!) {
  supersedeFrameworkVersion(input: $input) { id revision alreadyApplied }
}`;
const TRAIL = `query Trail($streamId: String) {
  auditLog(first: 20, streamId: $streamId) {
    edges { node { eventType streamId partnershipId causationId } }
  }
}`;

interface Payload {
  id: string;
  revision: string;
  globalPosition: string | null;
  alreadyApplied: boolean;
  readModelsCaughtUp: boolean;
}

interface Trail {
  auditLog: {
    edges: {
      node: {
        eventType: string;
        streamId: string;
        partnershipId: string | null;
        causationId: string | null;
      };
    }[];
  };
}

let sequence = 0;
/** A framework version of its own for each test, shaped like a framework document. */
const aFrameworkVersion = (overrides: Record<string, unknown> = {}) => ({
  frameworkVersionId: `npf-2007-${(sequence += 1)}`,
  label: '2007 National Performance Framework',
  publishedOn: '2007-11-14',
  purpose: 'To focus government and public services on creating a more successful country.',
  strategicObjectives: [
    { id: 'wealthier-fairer', title: 'Wealthier and fairer' },
    { id: 'healthier', title: 'Healthier' },
  ],
  nationalOutcomes: [
    { id: 'no2', number: 1, title: 'We realise our full economic potential' },
    { id: 'no6', number: 2, title: 'We live longer, healthier lives' },
  ],
  nationalIndicators: [
    { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
  ],
  localIndicatorMenu: [
    { id: 'lm-smoking', title: 'Percentage of adults who smoke', outcomeIds: ['no6'] },
  ],
  ...overrides,
});

describe.each(apiBackends)('framework mutations over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  const trailOf = async (frameworkVersionId: string) => {
    const result = await graphql<Trail>(api.url, TRAIL, {
      streamId: `framework-version-${frameworkVersionId}`,
    });
    return result.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  };

  it('publishes a version, and a later one that supersedes it', async () => {
    const npf2007 = aFrameworkVersion();
    const published = await graphql<{ publishFrameworkVersion: Payload }>(api.url, PUBLISH, {
      input: npf2007,
    });

    expect(published.errors).toBeUndefined();
    expect(published.data?.publishFrameworkVersion).toMatchObject({
      id: npf2007.frameworkVersionId,
      revision: '0',
      alreadyApplied: false,
      readModelsCaughtUp: true,
    });

    const npf2011 = aFrameworkVersion({
      label: '2011 National Performance Framework',
      publishedOn: '2011-12-01',
      supersedes: npf2007.frameworkVersionId,
    });
    const superseding = await graphql<{ publishFrameworkVersion: Payload }>(api.url, PUBLISH, {
      input: npf2011,
    });

    expect(superseding.data?.publishFrameworkVersion).toMatchObject({
      id: npf2011.frameworkVersionId,
      revision: '0',
      alreadyApplied: false,
    });
    expect(await trailOf(npf2011.frameworkVersionId)).toEqual([
      expect.objectContaining({ eventType: 'FrameworkVersionPublished', partnershipId: null }),
    ]);
    const older = await trailOf(npf2007.frameworkVersionId);
    expect(older.map((entry) => entry.eventType)).toEqual([
      'FrameworkVersionPublished',
      'FrameworkVersionSuperseded',
    ]);
    expect(older[1]?.causationId).toEqual(expect.any(String));
  });

  it('applies a retried mutation with the same commandId once', async () => {
    const version = aFrameworkVersion();
    const input = { ...version, commandId: `publish-${version.frameworkVersionId}` };
    const first = await graphql<{ publishFrameworkVersion: Payload }>(api.url, PUBLISH, { input });
    const retry = await graphql<{ publishFrameworkVersion: Payload }>(api.url, PUBLISH, { input });

    expect(first.data?.publishFrameworkVersion.alreadyApplied).toBe(false);
    expect(retry.data?.publishFrameworkVersion).toEqual({
      ...first.data?.publishFrameworkVersion,
      alreadyApplied: true,
    });
    expect(await trailOf(version.frameworkVersionId)).toHaveLength(1);
  });

  it('refuses bad input with VALIDATION_FAILED naming each field, and writes nothing', async () => {
    const version = aFrameworkVersion({
      publishedOn: '14 November 2007',
      nationalOutcomes: [{ id: 'no 2', number: 0, title: 'We realise our full potential' }],
      localIndicatorMenu: [{ id: 'lm-smoking', title: '', outcomeIds: ['no6'] }],
    });
    const result = await graphql(api.url, PUBLISH, { input: version });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'publishedOn' }),
        expect.objectContaining({ field: 'nationalOutcomes.0.id' }),
        expect.objectContaining({ field: 'nationalOutcomes.0.number' }),
        expect.objectContaining({ field: 'localIndicatorMenu.0.title' }),
      ]),
    });
    expect(await trailOf(version.frameworkVersionId)).toHaveLength(0);
  });

  it('names the business rule that refused a version: RULE_VIOLATED', async () => {
    const version = aFrameworkVersion();
    await graphql(api.url, PUBLISH, { input: version });
    const again = await graphql(api.url, PUBLISH, { input: version });

    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'FrameworkVersionCannotBePublishedTwice',
    });

    const gapped = aFrameworkVersion({
      nationalOutcomes: [
        { id: 'no2', number: 1, title: 'We realise our full economic potential' },
        { id: 'no6', number: 3, title: 'We live longer, healthier lives' },
      ],
    });
    const refused = await graphql(api.url, PUBLISH, { input: gapped });

    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'NationalOutcomeNumbersMustRunFromOneWithoutGaps',
      field: 'nationalOutcomes[1].number',
    });
    expect(await trailOf(gapped.frameworkVersionId)).toHaveLength(0);
  });

  it('supersedes a published version directly, once', async () => {
    const older = aFrameworkVersion();
    const newer = aFrameworkVersion({ publishedOn: '2011-12-01' });
    await graphql(api.url, PUBLISH, { input: older });
    await graphql(api.url, PUBLISH, { input: newer });
    const input = {
      frameworkVersionId: older.frameworkVersionId,
      supersededBy: newer.frameworkVersionId,
      on: '2011-12-01',
    };

    const done = await graphql<{ supersedeFrameworkVersion: { revision: string } }>(
      api.url,
      SUPERSEDE,
      { input },
    );
    const again = await graphql(api.url, SUPERSEDE, { input });

    expect(done.data?.supersedeFrameworkVersion.revision).toBe('1');
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'FrameworkVersionCannotBeSupersededTwice',
    });
  });
});
