import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql } from '../testing/graphql-client';

const ESTABLISH = `mutation Establish($input: EstablishPartnershipInput!) {
  establishPartnership(input: $input) { id revision globalPosition alreadyApplied readModelsCaughtUp }
}`;
const ADMIT = `mutation Admit($input: AdmitPartnerInput!) {
  admitPartner(input: $input) { id revision alreadyApplied }
}`;
const TRAIL = `query Trail($partnershipId: String) {
  auditLog(first: 20, partnershipId: $partnershipId) { edges { node { eventType actor correlationId } } }
}`;

let sequence = 0;
/** A partnership of its own for each test, so tests share one server without sharing data. */
const aPartnership = () => ({
  partnershipId: `orkney-${(sequence += 1)}`,
  name: 'Orkney Partnership',
  councilArea: 'Orkney Islands',
  quorum: { minimumMembersPresent: 3, chairMustAttend: true },
});

interface Payload {
  id: string;
  revision: string;
  globalPosition: string | null;
  alreadyApplied: boolean;
  readModelsCaughtUp: boolean;
}

describe.each(apiBackends)('partnership mutations over HTTP on %s', (_name, start) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await start();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('records the command and returns once the read models show it', async () => {
    const orkney = aPartnership();
    const result = await graphql<{ establishPartnership: Payload }>(api.url, ESTABLISH, {
      input: orkney,
    });

    expect(result.data?.establishPartnership).toMatchObject({
      id: orkney.partnershipId,
      revision: '0',
      alreadyApplied: false,
      readModelsCaughtUp: true,
    });
    const trail = await graphql<{ auditLog: { edges: { node: { eventType: string } }[] } }>(
      api.url,
      TRAIL,
      { partnershipId: orkney.partnershipId },
    );
    expect(trail.data?.auditLog.edges.map((edge) => edge.node.eventType)).toEqual([
      'PartnershipEstablished',
    ]);
  });

  it('applies a retried mutation with the same commandId once', async () => {
    const orkney = aPartnership();
    const input = { ...orkney, commandId: `establish-${orkney.partnershipId}` };
    const first = await graphql<{ establishPartnership: Payload }>(api.url, ESTABLISH, { input });
    const retry = await graphql<{ establishPartnership: Payload }>(api.url, ESTABLISH, { input });

    expect(retry.data?.establishPartnership).toEqual({
      ...first.data?.establishPartnership,
      alreadyApplied: true,
    });
    const trail = await graphql<{ auditLog: { edges: unknown[] } }>(api.url, TRAIL, {
      partnershipId: orkney.partnershipId,
    });
    expect(trail.data?.auditLog.edges).toHaveLength(1);
  });

  it('refuses bad input with VALIDATION_FAILED naming each field, and writes nothing', async () => {
    const orkney = aPartnership();
    const result = await graphql(api.url, ESTABLISH, {
      input: {
        ...orkney,
        councilArea: '',
        quorum: { minimumMembersPresent: 0, chairMustAttend: true },
      },
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'councilArea' }),
        expect.objectContaining({ field: 'quorum.minimumMembersPresent' }),
      ]),
    });
    const trail = await graphql<{ auditLog: { edges: unknown[] } }>(api.url, TRAIL, {
      partnershipId: orkney.partnershipId,
    });
    expect(trail.data?.auditLog.edges).toHaveLength(0);
  });

  it('names the business rule that refused a command: RULE_VIOLATED', async () => {
    const orkney = aPartnership();
    await graphql(api.url, ESTABLISH, { input: orkney });
    const again = await graphql(api.url, ESTABLISH, { input: orkney });

    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'PartnershipCannotBeEstablishedTwice',
    });
  });

  it('refuses a change against a revision that has moved: CONCURRENCY_CONFLICT', async () => {
    const orkney = aPartnership();
    await graphql(api.url, ESTABLISH, { input: orkney });
    const admit = (partnerId: string) => ({
      input: {
        partnershipId: orkney.partnershipId,
        partnerId,
        organisation: partnerId,
        sector: 'third_sector',
        expectedRevision: '0',
      },
    });
    await graphql(api.url, ADMIT, admit('vao'));

    const stale = await graphql(api.url, ADMIT, admit('nhs'));

    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONCURRENCY_CONFLICT');
  });
});
