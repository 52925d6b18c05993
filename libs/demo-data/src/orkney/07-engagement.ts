import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import {
  AGREEMENT_ID,
  COMMITMENT,
  ENGAGEMENT,
  LOCAL_OUTCOME,
  PARTNER,
  PARTNERSHIP_ID,
} from './ids';

const activity = { activityId: ENGAGEMENT.islesRoadshow, partnershipId: PARTNERSHIP_ID };

/**
 * October 2009 to October 2010: the isles roadshow the board commissioned, what it heard, what
 * it changed, and how the partnership told people so.
 */
export function engagementChapter(): readonly DemoStep[] {
  const chapter = new Chapter(7, 'demo-isles-roadshow');
  const officer = ACTOR.officer;

  chapter.engagement(
    {
      type: 'RecordEngagementActivity',
      data: {
        ...activity,
        agreementId: AGREEMENT_ID,
        held: { from: '2009-10-05', to: '2009-10-23' },
        method: 'public_meeting',
        participants: [
          {
            name: 'Orkney Isles Community Councils Forum',
            kind: 'community_council',
            partnerId: PARTNER.communityCouncils,
            representsDisadvantagedPeople: false,
          },
          {
            name: 'Westray Development Trust',
            kind: 'community_body',
            representsDisadvantagedPeople: false,
          },
          {
            name: 'Age Concern Orkney',
            kind: 'equalities_group',
            representsDisadvantagedPeople: true,
          },
          {
            name: 'Orkney Disability Forum',
            kind: 'equalities_group',
            representsDisadvantagedPeople: true,
          },
          {
            name: 'Orkney Citizens Advice Bureau',
            kind: 'third_sector',
            representsDisadvantagedPeople: true,
          },
          {
            name: 'Voluntary Action Orkney',
            kind: 'third_sector',
            partnerId: PARTNER.thirdSector,
            representsDisadvantagedPeople: false,
          },
        ],
        peopleReached: 286,
        summary:
          'Evening meetings on eight ferry-linked isles, with lifts laid on by volunteer drivers. ' +
          'The concern raised most, on every isle, was the cost of heating old, poorly insulated ' +
          'homes with no mains gas; older residents described rationing heat through the winter. ' +
          'People also asked for the volunteer drivers to meet the first and last ferries, so that ' +
          'a hospital appointment in Kirkwall did not mean a night away.',
      },
    },
    officer('2009-10-26 10:00'),
  );

  chapter.engagement(
    {
      type: 'RecordEngagementInfluence',
      data: {
        ...activity,
        influenceId: 'warm-homes-outcome',
        target: { kind: 'local_outcome', id: LOCAL_OUTCOME.warmHomes, agreementId: AGREEMENT_ID },
        whatChanged:
          'The board amended the agreement in December 2009 to add a local outcome on warm homes ' +
          'and fuel poverty, with an indicator to track it, because cold homes were the concern ' +
          'heard most often on the roadshow.',
      },
    },
    officer('2009-12-17 10:00'),
  );
  chapter.engagement(
    {
      type: 'RecordEngagementInfluence',
      data: {
        ...activity,
        influenceId: 'drivers-meet-the-ferries',
        target: {
          kind: 'commitment',
          id: COMMITMENT.volunteerTransport,
          agreementId: AGREEMENT_ID,
        },
        whatChanged:
          'Voluntary Action Orkney rearranged its volunteer driver rotas to meet the first and ' +
          'last ferries on Sanday, Stronsay and Westray.',
      },
    },
    officer('2009-12-17 10:15'),
  );

  chapter.engagement(
    {
      type: 'RecordEngagementFeedbackGiven',
      data: {
        ...activity,
        givenOn: '2010-01-20',
        channel: 'newsletter',
        text:
          '“You told us, we did”: the partnership newsletter, delivered to every isles household, ' +
          'reported the two changes the roadshow led to and the insulation offer that follows.',
      },
    },
    officer('2010-01-21 10:00'),
  );
  chapter.engagement(
    {
      type: 'RecordEngagementFeedbackGiven',
      data: {
        ...activity,
        givenOn: '2010-10-05',
        channel: 'report',
        text:
          'The 2009-10 annual report has a section on the roadshow, listing who took part, what ' +
          'was heard and what the partners changed as a result.',
      },
    },
    officer('2010-10-06 10:00'),
  );
  return chapter.steps;
}
