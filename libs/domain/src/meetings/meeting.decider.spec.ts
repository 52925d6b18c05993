import fc from 'fast-check';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../testing/command-builder';
import { checkDeciderProperties } from '../testing/decider-properties';
import type {
  CompleteDecisionAction,
  HoldBoardMeeting,
  MeetingCommand,
  RecordDecision,
} from './meeting.commands';
import { meetingDecider, meetingStreamId } from './meeting.decider';
import type { DecisionActionCompleted } from './meeting.events';
import { MeetingRule } from './meeting.rules';
import {
  aDecisionRecorded,
  aMeetingHeld,
  boardContext,
  meetingDate,
  meetingId,
  partnershipId,
} from './testing/meeting-fixtures';

const spec = specify(meetingDecider);

const hold = (data: Partial<HoldBoardMeeting['data']> = {}) =>
  aCommand<HoldBoardMeeting>('HoldBoardMeeting', {
    meetingId,
    partnershipId,
    date: meetingDate,
    location: 'Council Offices, Kirkwall',
    attendees: ['chair', 'nhs-ceo', 'police-cmdr'],
    apologies: [],
    ...data,
  });

const decide = (data: Partial<RecordDecision['data']> = {}) =>
  aCommand<RecordDecision>('RecordDecision', {
    decisionId: 'd-1',
    meetingId,
    partnershipId,
    kind: 'accept_commitment',
    subjects: [{ kind: 'commitment', id: 'c-nhs-smoking' }],
    rationale: 'Resourced and measurable',
    takingPart: ['chair', 'nhs-ceo', 'police-cmdr'],
    vote: null,
    actions: [
      {
        actionId: 'a-1',
        description: 'Report progress in six months',
        owner: { kind: 'partner', id: 'nhs' },
        dueDate: '2008-11-30',
      },
    ],
    ...data,
  });

const complete = (data: Partial<CompleteDecisionAction['data']> = {}) =>
  aCommand<CompleteDecisionAction>('CompleteDecisionAction', {
    meetingId,
    partnershipId,
    actionId: 'a-1',
    completedOn: '2008-05-30',
    note: 'Progress report tabled',
    ...data,
  });

const held = aMeetingHeld();
const inquorate = aMeetingHeld({
  attendees: ['nhs-ceo', 'police-cmdr'],
  boardMembersPresent: 2,
  chairPresent: false,
  quorate: false,
});
const decided = aDecisionRecorded();
const actionCompleted: DecisionActionCompleted = {
  type: 'DecisionActionCompleted',
  schemaVersion: 1,
  data: {
    meetingId,
    decisionId: 'd-1',
    actionId: 'a-1',
    partnershipId,
    completedOn: '2008-05-30',
    note: 'Progress report tabled',
  },
};

describe('a board meeting', () => {
  it('has its own stream', () => {
    expect(meetingStreamId('m-1')).toBe('meeting-m-1');
  });

  it('is recorded with who attended, the quorum rule applied and whether it was quorate', () => {
    spec
      .given([], boardContext)
      .when(
        hold({
          location: ' Council Offices, Kirkwall ',
          otherAttendees: [{ name: ' A. Officer ', role: 'Community planning officer ' }],
          apologies: ['cllr-b'],
        }),
      )
      .then([
        aMeetingHeld({
          otherAttendees: [{ name: 'A. Officer', role: 'Community planning officer' }],
          apologies: ['cllr-b'],
        }),
      ]);
  });

  it('is recorded even when too few members attend, as inquorate', () => {
    spec
      .given([], boardContext)
      .when(hold({ attendees: ['chair', 'nhs-ceo'] }))
      .then([
        aMeetingHeld({
          attendees: ['chair', 'nhs-ceo'],
          boardMembersPresent: 2,
          chairPresent: true,
          quorate: false,
        }),
      ]);
  });

  it('is inquorate without the chair when the rule says the chair must attend', () => {
    spec
      .given([], boardContext)
      .when(hold({ attendees: ['nhs-ceo', 'police-cmdr', 'cllr-b'] }))
      .then([
        aMeetingHeld({
          attendees: ['nhs-ceo', 'police-cmdr', 'cllr-b'],
          chairPresent: false,
          quorate: false,
        }),
      ]);
  });

  it('is quorate without a chair when the rule does not ask for one', () => {
    const noChairNeeded = { minimumMembersPresent: 2, chairMustAttend: false };
    spec
      .given([], {
        partnership: {
          status: 'established',
          boardMemberIds: ['nhs-ceo', 'police-cmdr'],
          chairId: null,
          quorum: noChairNeeded,
        },
      })
      .when(hold({ attendees: ['nhs-ceo', 'police-cmdr'] }))
      .then([
        aMeetingHeld({
          attendees: ['nhs-ceo', 'police-cmdr'],
          quorum: noChairNeeded,
          boardMembersPresent: 2,
          chairPresent: false,
          quorate: true,
        }),
      ]);
  });

  it('cannot be recorded twice', () => {
    spec.given([held], boardContext).when(hold()).thenViolates(MeetingRule.CannotBeRecordedTwice);
  });

  it('needs an established partnership', () => {
    spec
      .given([], { partnership: null })
      .when(hold())
      .thenViolates(MeetingRule.NeedsAnEstablishedPartnership);
    spec.given([]).when(hold()).thenViolates(MeetingRule.NeedsAnEstablishedPartnership);
  });

  it('counts only people who sit on the board', () => {
    spec
      .given([], boardContext)
      .when(hold({ attendees: ['chair', 'nhs-ceo', 'stranger'] }))
      .thenViolates(MeetingRule.AttendeesMustSitOnTheBoard);
  });

  it('takes apologies from board members only', () => {
    spec
      .given([], boardContext)
      .when(hold({ apologies: ['stranger'] }))
      .thenViolates(MeetingRule.ApologiesComeFromBoardMembers);
  });

  it('lists each person once, so nobody is counted twice', () => {
    spec
      .given([], boardContext)
      .when(hold({ attendees: ['chair', 'nhs-ceo', 'nhs-ceo'] }))
      .thenViolates(MeetingRule.PersonIsListedOnceAtAMeeting);
    spec
      .given([], boardContext)
      .when(hold({ apologies: ['chair'] }))
      .thenViolates(MeetingRule.PersonIsListedOnceAtAMeeting);
  });

  it('happened on a real date, not in the future', () => {
    spec
      .given([], boardContext)
      .when(hold({ date: '2008-02-30' }))
      .thenViolates(MeetingRule.DateMustBeACalendarDate);
    spec
      .given([], boardContext)
      .when(hold({ date: '2008-06-02' }))
      .thenViolates(MeetingRule.DateCannotBeInTheFuture);
  });

  it('says where it was and who else attended', () => {
    spec
      .given([], boardContext)
      .when(hold({ location: '  ' }))
      .thenViolates(MeetingRule.TextMustNotBeBlank);
    spec
      .given([], boardContext)
      .when(hold({ otherAttendees: [{ name: '', role: 'Observer' }] }))
      .thenViolates(MeetingRule.TextMustNotBeBlank);
  });
});

describe('a decision', () => {
  it('is recorded at a quorate meeting, carried by consensus, with its actions', () => {
    spec
      .given([held])
      .when(decide({ rationale: ' Resourced and measurable ' }))
      .then([decided]);
  });

  it('is carried by a vote with more for than against', () => {
    const vote = { for: 2, against: 1, abstain: 0 };
    spec
      .given([held])
      .when(decide({ vote }))
      .then([aDecisionRecorded({ vote, carried: true })]);
  });

  it('falls on a tied vote, and then assigns nothing', () => {
    const vote = { for: 1, against: 1, abstain: 1 };
    spec
      .given([held])
      .when(decide({ vote, actions: [] }))
      .then([aDecisionRecorded({ vote, carried: false, actions: [] })]);
    spec
      .given([held])
      .when(decide({ vote }))
      .thenViolates(MeetingRule.OnlyACarriedDecisionAssignsActions);
  });

  it('needs a quorate meeting', () => {
    spec
      .given([inquorate])
      .when(decide({ takingPart: ['nhs-ceo'] }))
      .thenViolates(MeetingRule.DecisionNeedsAQuorateMeeting);
  });

  it('needs the meeting recorded first, in the partnership named', () => {
    spec.given([]).when(decide()).thenViolates(MeetingRule.MustBeRecorded);
    spec
      .given([held])
      .when(decide({ partnershipId: 'p-shetland' }))
      .thenViolates(MeetingRule.PartnershipMustMatchTheMeeting);
  });

  it('cannot be recorded twice at a meeting', () => {
    spec
      .given([held, decided])
      .when(decide({ actions: [] }))
      .thenViolates(MeetingRule.DecisionCannotBeRecordedTwice);
  });

  it('is of a known kind', () => {
    spec
      .given([held])
      .when(decide({ kind: 'approve_everything' }))
      .thenViolates(MeetingRule.DecisionKindMustBeKnown);
  });

  it('says what it is about, unless it is of another kind', () => {
    spec
      .given([held])
      .when(decide({ subjects: [] }))
      .thenViolates(MeetingRule.DecisionNeedsASubject);
    spec
      .given([held])
      .when(decide({ kind: 'other', subjects: [], actions: [] }))
      .then([aDecisionRecorded({ kind: 'other', subjects: [], actions: [] })]);
  });

  it('is about subjects of known kinds with ids', () => {
    spec
      .given([held])
      .when(decide({ subjects: [{ kind: 'budget', id: 'b-1' }] }))
      .thenViolates(MeetingRule.SubjectKindMustBeKnown);
    spec
      .given([held])
      .when(decide({ subjects: [{ kind: 'commitment', id: ' ' }] }))
      .thenViolates(MeetingRule.TextMustNotBeBlank);
  });

  it('gives its rationale', () => {
    spec
      .given([held])
      .when(decide({ rationale: '' }))
      .thenViolates(MeetingRule.TextMustNotBeBlank);
  });

  it('is taken by board members who attended, each once', () => {
    spec
      .given([held])
      .when(decide({ takingPart: [] }))
      .thenViolates(MeetingRule.DecisionNeedsMembersTakingPart);
    spec
      .given([held])
      .when(decide({ takingPart: ['chair', 'cllr-b'] }))
      .thenViolates(MeetingRule.OnlyAttendingMembersTakePart);
    spec
      .given([held])
      .when(decide({ takingPart: ['chair', 'chair'] }))
      .thenViolates(MeetingRule.PersonIsListedOnceAtAMeeting);
  });

  it('counts votes in whole numbers', () => {
    spec
      .given([held])
      .when(decide({ vote: { for: 2, against: -1, abstain: 0 } }))
      .thenViolates(MeetingRule.VoteCountsMustBeWholeNumbers);
    spec
      .given([held])
      .when(decide({ vote: { for: 1.5, against: 0, abstain: 0 } }))
      .thenViolates(MeetingRule.VoteCountsMustBeWholeNumbers);
  });

  it('cannot count more votes than members taking part', () => {
    spec
      .given([held])
      .when(decide({ takingPart: ['chair', 'nhs-ceo'], vote: { for: 2, against: 0, abstain: 1 } }))
      .thenViolates(MeetingRule.VoteCannotExceedMembersTakingPart);
  });

  describe('actions', () => {
    const action = (actionId: string, dueDate = '2008-11-30') => ({
      actionId,
      description: 'Report back',
      owner: { kind: 'person', id: 'police-cmdr' },
      dueDate,
    });

    it('are assigned once within a meeting', () => {
      spec
        .given([held])
        .when(decide({ actions: [action('a-1'), action('a-1')] }))
        .thenViolates(MeetingRule.ActionCannotBeAssignedTwice);
      spec
        .given([held, decided])
        .when(decide({ decisionId: 'd-2', actions: [action('a-1')] }))
        .thenViolates(MeetingRule.ActionCannotBeAssignedTwice);
    });

    it('are owned by a person or a partner', () => {
      spec
        .given([held])
        .when(decide({ actions: [{ ...action('a-1'), owner: { kind: 'committee', id: 'x' } }] }))
        .thenViolates(MeetingRule.ActionOwnerMustBeAPersonOrAPartner);
      spec
        .given([held])
        .when(decide({ actions: [{ ...action('a-1'), description: ' ' }] }))
        .thenViolates(MeetingRule.TextMustNotBeBlank);
    });

    it('fall due on a real date, not before the meeting', () => {
      spec
        .given([held])
        .when(decide({ actions: [action('a-1', 'next spring')] }))
        .thenViolates(MeetingRule.DateMustBeACalendarDate);
      spec
        .given([held])
        .when(decide({ actions: [action('a-1', '2008-05-19')] }))
        .thenViolates(MeetingRule.ActionCannotFallDueBeforeTheMeeting);
    });

    it('are completed once, with a note', () => {
      spec
        .given([held, decided])
        .when(complete({ note: ' Progress report tabled ' }))
        .then([actionCompleted]);
      spec
        .given([held, decided, actionCompleted])
        .when(complete())
        .thenViolates(MeetingRule.ActionCannotBeCompletedTwice);
      spec
        .given([held, decided])
        .when(complete({ note: '' }))
        .thenViolates(MeetingRule.TextMustNotBeBlank);
    });

    it('are completed only when a decision of the meeting assigned them', () => {
      spec
        .given([held, decided])
        .when(complete({ actionId: 'a-9' }))
        .thenViolates(MeetingRule.ActionMustHaveBeenAssigned);
      spec.given([]).when(complete()).thenViolates(MeetingRule.MustBeRecorded);
      spec
        .given([held, decided])
        .when(complete({ partnershipId: 'p-shetland' }))
        .thenViolates(MeetingRule.PartnershipMustMatchTheMeeting);
    });

    it('are completed between the meeting and today', () => {
      spec
        .given([held, decided])
        .when(complete({ completedOn: '2008-05-01' }))
        .thenViolates(MeetingRule.ActionCannotBeCompletedBeforeTheMeeting);
      spec
        .given([held, decided])
        .when(complete({ completedOn: '2008-07-01' }))
        .thenViolates(MeetingRule.DateCannotBeInTheFuture);
      spec
        .given([held, decided])
        .when(complete({ completedOn: '30/05/2008' }))
        .thenViolates(MeetingRule.DateMustBeACalendarDate);
    });
  });
});

describe('any sequence of meeting commands', () => {
  it('replays to the state built step by step, and refuses without changing', () => {
    // Mostly valid values, so sequences get far enough for later rules to matter.
    const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: invalid, weight: 1 });
    const members = ['chair', 'nhs-ceo', 'police-cmdr', 'cllr-b'];
    const anyone = fc.subarray([...members, 'stranger']);
    const ids = fc.constantFrom('1', '2', '3');
    const pastDates = fc.constantFrom('2008-05-20', '2008-05-30');
    const dates = mostly(pastDates, fc.constantFrom('2008-05-19', '2008-06-05', 'soon'));
    const holdMeeting = mostly(
      fc.constant(hold()),
      fc.record({ attendees: anyone, apologies: fc.subarray(members), date: dates }).map(hold),
    );
    const action = fc.record({
      actionId: ids,
      description: mostly(fc.constant('Report back'), fc.constant('')),
      owner: fc.record({
        kind: mostly(fc.constantFrom('person', 'partner'), fc.constant('committee')),
        id: fc.constantFrom('nhs', 'police-cmdr'),
      }),
      dueDate: dates,
    });
    const vote = fc.record({
      for: mostly(fc.integer({ min: 0, max: 2 }), fc.constant(-1)),
      against: fc.integer({ min: 0, max: 1 }),
      abstain: fc.integer({ min: 0, max: 1 }),
    });
    const recordADecision = fc
      .record({
        decisionId: ids,
        kind: mostly(fc.constantFrom('accept_commitment', 'escalate', 'other'), fc.constant('x')),
        takingPart: mostly(fc.subarray(['chair', 'nhs-ceo', 'police-cmdr']), anyone),
        vote: fc.option(vote),
        actions: fc.array(action, { maxLength: 2 }),
      })
      .map(decide);
    const completeAnAction = fc.record({ actionId: ids, completedOn: dates }).map(complete);
    const anyCommand: fc.Arbitrary<MeetingCommand> = fc.oneof(
      { arbitrary: holdMeeting, weight: 1 },
      { arbitrary: recordADecision, weight: 3 },
      { arbitrary: completeAnAction, weight: 2 },
    );
    const totals = checkDeciderProperties(
      meetingDecider,
      fc
        .tuple(holdMeeting, fc.array(anyCommand, { maxLength: 20 }))
        .map(([first, rest]) => [first, ...rest]),
      () => boardContext,
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
