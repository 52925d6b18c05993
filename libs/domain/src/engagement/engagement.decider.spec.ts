import fc from 'fast-check';
import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { aCommand } from '../testing/command-builder';
import { checkDeciderProperties } from '../testing/decider-properties';
import type {
  EngagementCommand,
  RecordEngagementActivity,
  RecordEngagementFeedbackGiven,
  RecordEngagementInfluence,
} from './engagement.commands';
import { engagementDecider, engagementStreamId } from './engagement.decider';
import type {
  EngagementActivityRecorded,
  EngagementFeedbackGiven,
  EngagementInfluenceRecorded,
} from './engagement.events';
import { EngagementRule } from './engagement.rules';

const partnershipId = 'p-orkney';
const activityId = 'e-stromness-2008';
const spec = specify(engagementDecider);
const targetExists = { targetExists: true };

const youthForum = {
  name: 'Orkney Youth Forum',
  kind: 'community_body',
  representsDisadvantagedPeople: false,
};
const foodbank = {
  name: 'Kirkwall Foodbank',
  kind: 'third_sector',
  partnerId: 'voluntary-action-orkney',
  representsDisadvantagedPeople: true,
};

const recordActivity = (data: Partial<RecordEngagementActivity['data']> = {}) =>
  aCommand<RecordEngagementActivity>('RecordEngagementActivity', {
    activityId,
    partnershipId,
    held: { from: '2008-04-10' },
    method: 'public_meeting',
    participants: [youthForum, foodbank],
    summary: 'Bus times keep young people from college courses',
    ...data,
  });

const recordInfluence = (data: Partial<RecordEngagementInfluence['data']> = {}) =>
  aCommand<RecordEngagementInfluence>('RecordEngagementInfluence', {
    activityId,
    partnershipId,
    influenceId: 'i-1',
    target: { kind: 'local_outcome', id: 'lo-transport', agreementId: 'soa-orkney-2008' },
    whatChanged: 'Added a local outcome on transport to learning',
    ...data,
  });

const giveFeedback = (data: Partial<RecordEngagementFeedbackGiven['data']> = {}) =>
  aCommand<RecordEngagementFeedbackGiven>('RecordEngagementFeedbackGiven', {
    activityId,
    partnershipId,
    givenOn: '2008-05-15',
    channel: 'newsletter',
    text: 'You said buses; we added a transport outcome',
    ...data,
  });

const recorded: EngagementActivityRecorded = {
  type: 'EngagementActivityRecorded',
  schemaVersion: 1,
  data: {
    activityId,
    partnershipId,
    agreementId: null,
    held: { from: '2008-04-10', to: '2008-04-10' },
    method: 'public_meeting',
    participants: [
      { ...youthForum, kind: 'community_body', partnerId: null },
      { ...foodbank, kind: 'third_sector' },
    ],
    peopleReached: null,
    summary: 'Bus times keep young people from college courses',
  },
};
const influenced: EngagementInfluenceRecorded = {
  type: 'EngagementInfluenceRecorded',
  schemaVersion: 1,
  data: {
    activityId,
    partnershipId,
    influenceId: 'i-1',
    target: { kind: 'local_outcome', id: 'lo-transport', agreementId: 'soa-orkney-2008' },
    whatChanged: 'Added a local outcome on transport to learning',
  },
};
const feedbackGiven: EngagementFeedbackGiven = {
  type: 'EngagementFeedbackGiven',
  schemaVersion: 1,
  data: {
    activityId,
    partnershipId,
    givenOn: '2008-05-15',
    channel: 'newsletter',
    text: 'You said buses; we added a transport outcome',
  },
};

describe('an engagement activity', () => {
  it('has its own stream', () => {
    expect(engagementStreamId('e-1')).toBe('engagement-e-1');
  });

  it('is recorded with who took part and what was heard, on a single day', () => {
    spec
      .given([])
      .when(recordActivity({ summary: ' Bus times keep young people from college courses ' }))
      .then([recorded]);
  });

  it('may run over a period, for an agreement, reaching a number of people', () => {
    spec
      .given([])
      .when(
        recordActivity({
          agreementId: 'soa-orkney-2008',
          held: { from: '2008-03-01', to: '2008-04-30' },
          method: 'survey',
          participants: [],
          peopleReached: 412,
        }),
      )
      .then([
        {
          ...recorded,
          data: {
            ...recorded.data,
            agreementId: 'soa-orkney-2008',
            held: { from: '2008-03-01', to: '2008-04-30' },
            method: 'survey',
            participants: [],
            peopleReached: 412,
          },
        },
      ]);
  });

  it('cannot be recorded twice', () => {
    spec
      .given([recorded])
      .when(recordActivity())
      .thenViolates(EngagementRule.ActivityCannotBeRecordedTwice);
  });

  it('took place on real dates, has started, and ends no earlier than it starts', () => {
    spec
      .given([])
      .when(recordActivity({ held: { from: '2008-13-01' } }))
      .thenViolates(EngagementRule.DateMustBeACalendarDate);
    spec
      .given([])
      .when(recordActivity({ held: { from: '2008-04-10', to: 'summer' } }))
      .thenViolates(EngagementRule.DateMustBeACalendarDate);
    spec
      .given([])
      .when(recordActivity({ held: { from: '2008-06-02' } }))
      .thenViolates(EngagementRule.DateCannotBeInTheFuture);
    spec
      .given([])
      .when(recordActivity({ held: { from: '2008-04-10', to: '2008-04-09' } }))
      .thenViolates(EngagementRule.PeriodCannotEndBeforeItStarts);
  });

  it('uses a known method', () => {
    spec
      .given([])
      .when(recordActivity({ method: 'door_knocking' }))
      .thenViolates(EngagementRule.MethodMustBeKnown);
  });

  it('names its participants once each, by a known kind', () => {
    spec
      .given([])
      .when(recordActivity({ participants: [{ ...youthForum, kind: 'lobby' }] }))
      .thenViolates(EngagementRule.ParticipantKindMustBeKnown);
    spec
      .given([])
      .when(
        recordActivity({
          participants: [youthForum, { ...youthForum, name: 'orkney youth forum ' }],
        }),
      )
      .thenViolates(EngagementRule.ParticipantIsListedOnce);
    spec
      .given([])
      .when(recordActivity({ participants: [{ ...youthForum, name: ' ' }] }))
      .thenViolates(EngagementRule.TextMustNotBeBlank);
  });

  it('counts people reached in whole numbers', () => {
    spec
      .given([])
      .when(recordActivity({ peopleReached: -3 }))
      .thenViolates(EngagementRule.PeopleReachedMustBeAWholeNumber);
    spec
      .given([])
      .when(recordActivity({ peopleReached: 2.5 }))
      .thenViolates(EngagementRule.PeopleReachedMustBeAWholeNumber);
  });

  it('must reach someone: groups that took part, or a number of people', () => {
    spec
      .given([])
      .when(recordActivity({ participants: [] }))
      .thenViolates(EngagementRule.EngagementMustReachSomeone);
    spec
      .given([])
      .when(recordActivity({ participants: [], peopleReached: 0 }))
      .thenViolates(EngagementRule.EngagementMustReachSomeone);
  });

  it('says what was heard', () => {
    spec
      .given([])
      .when(recordActivity({ summary: '' }))
      .thenViolates(EngagementRule.TextMustNotBeBlank);
  });
});

describe('the influence of an engagement activity', () => {
  it('is recorded against the outcome, commitment, indicator or section it changed', () => {
    spec.given([recorded], targetExists).when(recordInfluence()).then([influenced]);
  });

  it('is recorded only for a recorded activity of the partnership named', () => {
    spec
      .given([], targetExists)
      .when(recordInfluence())
      .thenViolates(EngagementRule.ActivityMustBeRecorded);
    spec
      .given([recorded], targetExists)
      .when(recordInfluence({ partnershipId: 'p-shetland' }))
      .thenViolates(EngagementRule.PartnershipMustMatchTheActivity);
  });

  it('is recorded once under an id', () => {
    spec
      .given([recorded, influenced], targetExists)
      .when(recordInfluence())
      .thenViolates(EngagementRule.InfluenceCannotBeRecordedTwice);
  });

  it('points at a known kind of thing', () => {
    spec
      .given([recorded], targetExists)
      .when(recordInfluence({ target: { kind: 'budget', id: 'b', agreementId: 'soa' } }))
      .thenViolates(EngagementRule.InfluenceTargetKindMustBeKnown);
  });

  it('points at something that exists', () => {
    spec
      .given([recorded], { targetExists: false })
      .when(recordInfluence())
      .thenViolates(EngagementRule.InfluenceMustPointAtSomethingThatExists);
    spec
      .given([recorded])
      .when(recordInfluence())
      .thenViolates(EngagementRule.InfluenceMustPointAtSomethingThatExists);
  });

  it('says what changed', () => {
    spec
      .given([recorded], targetExists)
      .when(recordInfluence({ whatChanged: '  ' }))
      .thenViolates(EngagementRule.TextMustNotBeBlank);
  });
});

describe('feedback to those engaged', () => {
  it('records how the partnership reported back, as often as it did', () => {
    spec
      .given([recorded, influenced, feedbackGiven])
      .when(giveFeedback({ text: ' You said buses; we added a transport outcome ' }))
      .then([feedbackGiven]);
  });

  it('is given only for a recorded activity of the partnership named', () => {
    spec.given([]).when(giveFeedback()).thenViolates(EngagementRule.ActivityMustBeRecorded);
    spec
      .given([recorded])
      .when(giveFeedback({ partnershipId: 'p-shetland' }))
      .thenViolates(EngagementRule.PartnershipMustMatchTheActivity);
  });

  it('is given on a real date, after the activity began and not in the future', () => {
    spec
      .given([recorded])
      .when(giveFeedback({ givenOn: '15/05/2008' }))
      .thenViolates(EngagementRule.DateMustBeACalendarDate);
    spec
      .given([recorded])
      .when(giveFeedback({ givenOn: '2008-04-09' }))
      .thenViolates(EngagementRule.FeedbackCannotPrecedeTheActivity);
    spec
      .given([recorded])
      .when(giveFeedback({ givenOn: '2008-06-30' }))
      .thenViolates(EngagementRule.DateCannotBeInTheFuture);
  });

  it('goes through a known channel and says something', () => {
    spec
      .given([recorded])
      .when(giveFeedback({ channel: 'carrier_pigeon' }))
      .thenViolates(EngagementRule.FeedbackChannelMustBeKnown);
    spec
      .given([recorded])
      .when(giveFeedback({ text: '' }))
      .thenViolates(EngagementRule.TextMustNotBeBlank);
  });
});

describe('any sequence of engagement commands', () => {
  it('replays to the state built step by step, and refuses without changing', () => {
    const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: invalid, weight: 1 });
    const dates = mostly(
      fc.constantFrom('2008-04-10', '2008-05-01'),
      fc.constantFrom('2008-04-01', '2008-07-01', 'later'),
    );
    const text = mostly(fc.constant('Heard and acted on'), fc.constant(' '));
    const record = fc
      .record({
        held: fc.record({ from: dates, to: fc.option(dates, { nil: undefined }) }),
        method: mostly(fc.constantFrom('survey', 'workshop'), fc.constant('rumour')),
        participants: fc.subarray([youthForum, foodbank, { ...youthForum, kind: 'x' }]),
        peopleReached: fc.option(fc.integer({ min: -1, max: 50 }), { nil: undefined }),
        summary: text,
      })
      .map(recordActivity);
    const anyCommand: fc.Arbitrary<EngagementCommand> = fc.oneof(
      record,
      fc
        .record({
          influenceId: fc.constantFrom('i-1', 'i-2', 'i-3'),
          kind: mostly(fc.constantFrom('commitment', 'indicator'), fc.constant('x')),
          whatChanged: text,
        })
        .map(({ influenceId, kind, whatChanged }) =>
          recordInfluence({
            influenceId,
            target: { kind, id: 'c-1', agreementId: 'soa-orkney-2008' },
            whatChanged,
          }),
        ),
      fc
        .record({
          givenOn: dates,
          channel: mostly(fc.constantFrom('email', 'website'), fc.constant('x')),
          text,
        })
        .map(giveFeedback),
    );
    const totals = checkDeciderProperties(
      engagementDecider,
      fc
        .tuple(record, fc.array(anyCommand, { maxLength: 20 }))
        .map(([first, rest]) => [first, ...rest]),
      () => targetExists,
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
