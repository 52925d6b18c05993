import {
  agreementDecider,
  agreementStreamId,
  asKnownOn,
  commitmentDecider,
  CommitmentRule,
  commitmentStreamId,
  frameworkVersionDecider,
  frameworkVersionStreamId,
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
  isSector,
  meetingDecider,
  meetingStreamId,
  partnershipDecider,
  partnershipStreamId,
  valueForPeriod,
  type AgreementAmended,
  type CommitmentProposed,
} from '@concordat/domain';
import { replay, type Decider, type DomainEvent } from '@concordat/shared-kernel';
import { orkneyDemo } from './orkney-demo';
import {
  AGREEMENT_ID,
  COMMITMENT,
  INDICATOR,
  MEETING,
  NPF_2007,
  NPF_2011,
  PARTNERSHIP_ID,
} from './orkney/ids';
import { QUITS_2009_10 } from './orkney/06-observations';
import { replayThroughDeciders, type DecidedStreams } from './testing/replay-through-deciders';

describe('the Orkney demo story', () => {
  const steps = orkneyDemo();
  let streams: DecidedStreams;

  const eventsOf = (streamId: string) => streams.get(streamId) ?? [];
  const stateOf = <S, E extends DomainEvent>(
    decider: Pick<Decider<S, never, E, unknown>, 'initialState' | 'evolve'>,
    streamId: string,
  ): S => replay(decider, eventsOf(streamId) as unknown as readonly E[]);

  beforeAll(() => {
    streams = replayThroughDeciders(steps);
  });

  it('is accepted, step by step, by the deciders', () => {
    const events = [...streams.values()].reduce((count, stream) => count + stream.length, 0);
    expect(events).toBeGreaterThanOrEqual(steps.length);
  });

  it('relies on its board decisions: without the September 2008 meeting, acceptance is refused', () => {
    const withoutMeeting = steps.filter(
      (step) =>
        step.aggregate !== 'meeting' || step.command.data.meetingId !== MEETING.september2008,
    );
    let refusal: Error | undefined;
    try {
      replayThroughDeciders(withoutMeeting);
    } catch (error) {
      refusal = error as Error;
    }
    expect(refusal?.message).toMatch(/^demo-\d{4} AcceptCommitment was refused/);
    expect(refusal?.cause).toMatchObject({ rule: CommitmentRule.AcceptanceNeedsADecisionToAccept });
  });

  it('gives every command a fixed, unique id and plausible metadata', () => {
    const ids = steps.map((step) => step.command.metadata.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { command } of steps) {
      expect(command.metadata.commandId).toMatch(/^demo-\d{4}$/);
      expect(command.metadata.actor).toMatch(/^user:[a-z.-]+$/);
      expect(command.metadata.correlationId).toMatch(/^demo-/);
      expect(command.metadata.causationId).toBeNull();
    }
    expect(orkneyDemo()).toEqual(steps);
  });

  it('tells the story in time order, from late 2007 to 2012', () => {
    const instants = steps.map((step) => step.command.metadata.issuedAt);
    for (const instant of instants) {
      expect(new Date(instant).toISOString()).toBe(instant);
    }
    instants.slice(1).forEach((instant, index) => expect(instant > instants[index]!).toBe(true));
    expect(instants[0]! >= '2007-11-01').toBe(true);
    expect(instants.at(-1)! < '2013-01-01').toBe(true);
  });

  it('publishes the 2007 framework, later superseded by the 2011 one', () => {
    const npf2007 = stateOf(frameworkVersionDecider, frameworkVersionStreamId(NPF_2007));
    const npf2011 = stateOf(frameworkVersionDecider, frameworkVersionStreamId(NPF_2011));
    expect(npf2007).toMatchObject({ status: 'superseded', supersededBy: NPF_2011 });
    expect(npf2011.status).toBe('published');
    if (npf2007.status === 'none' || npf2011.status === 'none') throw new Error('unpublished');
    expect(npf2007.version.strategicObjectives).toHaveLength(5);
    expect(npf2007.version.nationalOutcomes).toHaveLength(15);
    expect(npf2007.version.nationalIndicators.length).toBeGreaterThanOrEqual(12);
    expect(npf2007.version.localIndicatorMenu.length).toBeGreaterThan(0);
    expect(npf2011.version.nationalOutcomes).toHaveLength(16);
  });

  it('records a partnership of every kind of partner, with a chaired board', () => {
    const partnership = stateOf(partnershipDecider, partnershipStreamId(PARTNERSHIP_ID));
    if (partnership.status === 'none') throw new Error('not established');
    const sectors = [...partnership.partners.values()].map((partner) => partner.sector);
    expect(new Set(sectors)).toEqual(
      new Set([
        'council',
        'health_board',
        'police',
        'fire_and_rescue',
        'enterprise_agency',
        'college',
        'transport_partnership',
        'third_sector',
        'community_body',
        'government',
      ]),
    );
    expect(sectors.every(isSector)).toBe(true);
    expect([...partnership.board.values()].filter((seat) => seat.isChair)).toHaveLength(1);
    expect(partnership.quorum).toEqual({ minimumMembersPresent: 4, chairMustAttend: true });
  });

  it('agrees the agreement, then amends it by one board decision', () => {
    const agreement = stateOf(agreementDecider, agreementStreamId(AGREEMENT_ID));
    if (agreement.status === 'none') throw new Error('not drafted');
    expect(agreement.status).toBe('agreed');
    expect(agreement.agreedOn).toBe('2008-06-27');
    const amendments = eventsOf(agreementStreamId(AGREEMENT_ID)).filter(
      (event): event is AgreementAmended => event.type === 'AgreementAmended',
    );
    expect(amendments.length).toBe(agreement.amendments);
    expect(new Set(amendments.map((event) => event.data.decision.decisionId)).size).toBe(1);
    expect(amendments[0]?.data.decision.meetingId).toBe(MEETING.december2009);
  });

  it('has commitments by many partners, one of them joint, each closing its own way', () => {
    const proposed = [...streams.entries()]
      .filter(([streamId]) => streamId.startsWith('commitment-'))
      .map(([, events]) => events[0] as CommitmentProposed);
    expect(proposed.length).toBeGreaterThanOrEqual(8);
    expect(proposed.length).toBeLessThanOrEqual(12);
    expect(proposed.some((event) => event.data.parties.length > 1)).toBe(true);

    const status = (id: string) => stateOf(commitmentDecider, commitmentStreamId(id)).status;
    expect(status(COMMITMENT.ferryReview)).toBe('withdrawn');
    expect(status(COMMITMENT.promoteOrkney)).toBe('rejected');
    expect(status(COMMITMENT.jointSupportServices)).toBe('delivered');
    expect(
      eventsOf(commitmentStreamId(COMMITMENT.jointSupportServices)).map((e) => e.type),
    ).toContain('CommitmentRevised');
  });

  it('keeps what the board knew in September 2010 apart from the corrected value', () => {
    const quits = stateOf(
      indicatorObservationsDecider,
      indicatorObservationsStreamId(AGREEMENT_ID, INDICATOR.quits),
    );
    expect(valueForPeriod(quits, '2009-10')?.value).toBe(QUITS_2009_10.correctedValue);
    expect(asKnownOn(quits, '2009-10', '2010-09-28')?.value).toBe(QUITS_2009_10.originalValue);
  });

  it('records one inquorate meeting, which decides nothing', () => {
    const meeting = stateOf(meetingDecider, meetingStreamId(MEETING.february2010));
    expect(meeting).toMatchObject({ status: 'held', quorate: false });
    if (meeting.status === 'none') throw new Error('not held');
    expect(meeting.decisions.size).toBe(0);
  });
});
