import { RECORDED_LOG } from '@concordat/application';
import { verifyStreamChain, type EventStore } from '@concordat/event-store';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import { ERASED } from '@concordat/shared-kernel';
import { apiBackends, type RunningApi } from '../testing/api-backends';
import { graphql } from '../testing/graphql-client';
import { establishWithNhsOrkney, partnershipMutations } from '../testing/partnership-mutations';

const SEND = (mutation: string, input: string) => `mutation($input: ${input}!) {
  ${mutation}(input: $input) { revision }
}`;
const PEOPLE = `query($id: String!) {
  partnership(id: $id) {
    partners { representatives(includePast: true) {
      personId name role email telephone personalDataErasedAt } }
    board(includePast: true) { personId name personalDataErasedAt }
  }
}`;
const TRAIL = `query($id: String!) {
  auditLog(first: 50, partnershipId: $id) { edges { node { eventType data } } }
}`;
const AS_OF = `query($id: String!, $revision: String!) {
  partnershipAsOf(id: $id, at: { revision: $revision }) {
    partners { representatives { personId name } }
    board { personId name }
  }
}`;

interface People {
  partnership: {
    partners: { representatives: Record<string, unknown>[] }[];
    board: Record<string, unknown>[];
  };
}

describe.each(apiBackends)("erasing a person's personal data on %s", (_name, start) => {
  let api: RunningApi;
  const id = 'erasure-cpp';

  beforeAll(async () => {
    api = await start();
    const send = partnershipMutations(api.url, id);
    await establishWithNhsOrkney(send, 'Erasure Partnership');
    await send('appointRepresentative', 'AppointRepresentativeInput', {
      partnerId: 'nhs',
      personId: 'morag',
      name: 'Morag Tulloch',
      role: 'Chair of the Board',
      contact: { email: 'morag.tulloch@nhs-orkney.example', telephone: '+44 1856 888000' },
    });
    await send('appointRepresentative', 'AppointRepresentativeInput', {
      partnerId: 'nhs',
      personId: 'ellen',
      name: 'Dr Ellen Isbister',
      role: 'Director of Public Health',
    });
    await send('appointBoardMember', 'AppointBoardSeatInput', {
      personId: 'morag',
      name: 'Morag Tulloch',
      partnerId: 'nhs',
    });
  });

  afterAll(async () => {
    await api.stop();
  });

  const people = async () => (await graphql<People>(api.url, PEOPLE, { id })).data?.partnership;

  it('keeps names and contact details out of the log itself, readable only through the API', async () => {
    const log = await readEverything(api.app.get<EventStore>(RECORDED_LOG));
    const recorded = log.map((event) => event.canonical).join('\n');
    expect(recorded).not.toMatch(/Morag|Tulloch|Isbister|nhs-orkney\.example|1856 888000/);
    expect(recorded).toContain('Chair of the Board');

    const before = await people();
    expect(before?.partners[0]?.representatives).toEqual([
      expect.objectContaining({
        personId: 'morag',
        name: 'Morag Tulloch',
        email: 'morag.tulloch@nhs-orkney.example',
        telephone: '+44 1856 888000',
        personalDataErasedAt: null,
      }),
      expect.objectContaining({ personId: 'ellen', email: null, telephone: null }),
    ]);
  });

  it('erases them everywhere on request, while the history and its hashes stay as they were', async () => {
    const recorded = api.app.get<EventStore>(RECORDED_LOG);
    const before = await readEverything(recorded);

    const erased = await graphql(api.url, SEND('erasePersonalData', 'ErasePersonalDataInput'), {
      input: { partnershipId: id, personId: 'morag', reason: 'Request received 3 May 2012' },
    });
    expect(erased.errors).toBeUndefined();

    const after = await readEverything(recorded);
    expect(after.slice(0, before.length)).toEqual(before);
    expect([...verifyStreamChain(after)]).toEqual([]);

    const now = await people();
    expect(now?.partners[0]?.representatives).toEqual([
      expect.objectContaining({
        personId: 'morag',
        name: ERASED,
        role: 'Chair of the Board',
        email: ERASED,
        telephone: ERASED,
        personalDataErasedAt: expect.any(String),
      }),
      expect.objectContaining({ personId: 'ellen', name: 'Dr Ellen Isbister' }),
    ]);
    expect(now?.board).toEqual([
      { personId: 'morag', name: ERASED, personalDataErasedAt: expect.any(String) },
    ]);

    const trail = await graphql<{
      auditLog: { edges: { node: { eventType: string; data: unknown } }[] };
    }>(api.url, TRAIL, { id });
    const entries = trail.data!.auditLog.edges.map((edge) => edge.node);
    const written = JSON.stringify(entries);
    expect(written).not.toMatch(/Morag|Tulloch|nhs-orkney\.example/);
    expect(written).toContain('Dr Ellen Isbister');
    expect(entries.map((entry) => entry.eventType)).toContain('PersonalDataErased');

    // Even the partnership as it stood before the erasure no longer names her.
    const past = await graphql<{ partnershipAsOf: People['partnership'] }>(api.url, AS_OF, {
      id,
      revision: '4',
    });
    expect(past.data?.partnershipAsOf.board).toEqual([{ personId: 'morag', name: ERASED }]);
    expect(past.data?.partnershipAsOf.partners[0]?.representatives.map((r) => r.name)).toEqual([
      ERASED,
      'Dr Ellen Isbister',
    ]);
  });

  it('refuses to erase twice, and to record anything about the erased person again', async () => {
    const again = await graphql(api.url, SEND('erasePersonalData', 'ErasePersonalDataInput'), {
      input: { partnershipId: id, personId: 'morag', reason: 'Again' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'PersonalDataCannotBeErasedTwice',
    });
    const back = await graphql(api.url, SEND('appointBoardChair', 'AppointBoardSeatInput'), {
      input: { partnershipId: id, personId: 'morag', name: 'Morag Tulloch' },
    });
    expect(back.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'ErasedPersonCannotBeAppointedAgain',
    });
  });
});
