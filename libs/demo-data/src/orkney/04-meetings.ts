import type { DecisionReference, RecordDecision } from '@concordat/domain';
import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter, type Issued } from './chapter';
import {
  ACTION,
  AGREEMENT_ID,
  ANNUAL_REPORT,
  COMMITMENT,
  DECISION,
  LOCAL_OUTCOME,
  MEETING,
  PARTNER,
  PARTNERSHIP_ID,
  PERSON,
} from './ids';

const partnershipId = PARTNERSHIP_ID;

/** Officers who attend to support the board; they do not count towards the quorum. */
export const OFFICERS = {
  planning: { name: 'Kirsty Drever', role: 'Community Planning Manager, Orkney Islands Council' },
  chiefExecutive: { name: 'Ian Rendall', role: 'Chief Executive, Orkney Islands Council' },
  government: { name: 'Alasdair Reid', role: 'Location Director for Orkney, Scottish Government' },
  publicHealth: { name: 'Dr Ellen Isbister', role: 'Director of Public Health, NHS Orkney' },
} as const;

/** The board as it sat until April 2010; the police seat then changes hands. */
export const BOARD_2008 = [
  PERSON.leader,
  PERSON.nhsChair,
  PERSON.areaCommander,
  PERSON.fireAreaManager,
  PERSON.hieAreaManager,
  PERSON.principal,
  PERSON.vaoChiefOfficer,
  PERSON.forumSecretary,
] as const;

export const BOARD_2010 = BOARD_2008.map((person) =>
  person === PERSON.areaCommander ? PERSON.newAreaCommander : person,
);

const except = (board: readonly string[], ...absent: string[]) =>
  board.filter((person) => !absent.includes(person));

type DecisionData = Omit<RecordDecision['data'], 'meetingId' | 'decisionId' | 'partnershipId'>;

/** Records meetings and their decisions on the chapter. */
export class BoardSecretary {
  constructor(private readonly chapter: Chapter) {}

  hold(
    meetingId: string,
    meeting: {
      date: string;
      location: string;
      attendees: readonly string[];
      apologies: readonly string[];
      otherAttendees: readonly { name: string; role: string }[];
    },
    issued: Issued,
  ): void {
    this.chapter.meeting(
      { type: 'HoldBoardMeeting', data: { meetingId, partnershipId, ...meeting } },
      issued,
    );
  }

  decide(reference: DecisionReference, decision: DecisionData, issued: Issued): void {
    this.chapter.meeting(
      { type: 'RecordDecision', data: { ...reference, partnershipId, ...decision } },
      issued,
    );
  }

  complete(
    meetingId: string,
    actionId: string,
    completedOn: string,
    note: string,
    issued: Issued,
  ): void {
    this.chapter.meeting(
      {
        type: 'CompleteDecisionAction',
        data: { meetingId, partnershipId, actionId, completedOn, note },
      },
      issued,
    );
  }
}

/**
 * April 2008 to September 2011: the board endorses the draft, accepts and rejects commitments,
 * holds the joint working project to account, commissions engagement, accepts each annual
 * report, and meets once without a quorum. The amendment meeting is in its own chapter.
 */
export function meetingsChapter(): readonly DemoStep[] {
  const chapter = new Chapter(4, 'demo-board-meetings');
  const board = new BoardSecretary(chapter);
  const officer = ACTOR.officer;

  // April 2008: the draft agreement goes to the board before submission.
  const april2008 = except(BOARD_2008, PERSON.fireAreaManager, PERSON.forumSecretary);
  board.hold(
    MEETING.april2008,
    {
      date: '2008-04-29',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: april2008,
      apologies: [PERSON.fireAreaManager, PERSON.forumSecretary],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.government],
    },
    officer('2008-04-29 17:00'),
  );
  board.decide(
    DECISION.endorseDraft,
    {
      kind: 'other',
      subjects: [{ kind: 'agreement', id: AGREEMENT_ID }],
      rationale:
        'The partners have each seen the draft and confirmed the outcomes and indicators that ' +
        'concern them; the board endorses it for submission to the Scottish Government.',
      takingPart: april2008,
      vote: null,
      actions: [
        {
          actionId: ACTION.submitDraft,
          description: 'Submit the endorsed agreement to the Scottish Government',
          owner: { kind: 'person', id: PERSON.chiefExecutive },
          dueDate: '2008-05-09',
        },
      ],
    },
    officer('2008-04-29 17:05'),
  );
  board.complete(
    MEETING.april2008,
    ACTION.submitDraft,
    '2008-05-06',
    'Submitted to the Scottish Government on 6 May 2008.',
    officer('2008-05-06 12:30'),
  );

  // September 2008: the first round of commitments.
  const september2008 = except(BOARD_2008, PERSON.forumSecretary);
  board.hold(
    MEETING.september2008,
    {
      date: '2008-09-16',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: september2008,
      apologies: [PERSON.forumSecretary],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.publicHealth],
    },
    officer('2008-09-16 17:00'),
  );
  board.decide(
    DECISION.acceptHealthAndJointWorking,
    {
      kind: 'accept_commitment',
      subjects: [
        { kind: 'commitment', id: COMMITMENT.smokingCessation },
        { kind: 'commitment', id: COMMITMENT.jointSupportServices },
      ],
      rationale:
        'Both commitments name their resources, an accountable officer, a due date and the ' +
        'indicators they will move; the joint working project follows the business case the ' +
        'council and NHS boards approved in June.',
      takingPart: september2008,
      vote: null,
      actions: [],
    },
    officer('2008-09-16 17:05'),
  );
  board.decide(
    DECISION.acceptEconomySkillsIsles,
    {
      kind: 'accept_commitment',
      subjects: [
        { kind: 'commitment', id: COMMITMENT.growthBusinesses },
        { kind: 'commitment', id: COMMITMENT.schoolCollege },
        { kind: 'commitment', id: COMMITMENT.volunteerTransport },
      ],
      rationale:
        'Each commitment is specific, resourced and tied to an indicator in the agreement. ' +
        'HIE, the college and Voluntary Action Orkney declared an interest and took no part.',
      takingPart: except(
        september2008,
        PERSON.hieAreaManager,
        PERSON.principal,
        PERSON.vaoChiefOfficer,
      ),
      vote: null,
      actions: [],
    },
    officer('2008-09-16 17:10'),
  );
  board.decide(
    DECISION.rejectPromoteOrkney,
    {
      kind: 'reject_commitment',
      subjects: [{ kind: 'commitment', id: COMMITMENT.promoteOrkney }],
      rationale:
        'The proposal names no money, no staff, no milestone and no indicator it would move, so ' +
        'the board could not hold anyone to it. The council is asked to bring back a costed ' +
        'commitment tied to the economy outcome.',
      takingPart: september2008,
      vote: { for: 6, against: 1, abstain: 0 },
      actions: [],
    },
    officer('2008-09-16 17:15'),
  );

  // December 2008: the second round, including the government's own commitment.
  const december2008 = except(BOARD_2008, PERSON.principal);
  board.hold(
    MEETING.december2008,
    {
      date: '2008-12-09',
      location: 'Orkney College, East Road, Kirkwall',
      attendees: december2008,
      apologies: [PERSON.principal],
      otherAttendees: [OFFICERS.planning, OFFICERS.government],
    },
    officer('2008-12-09 17:00'),
  );
  board.decide(
    DECISION.acceptSecondRound,
    {
      kind: 'accept_commitment',
      subjects: [
        { kind: 'commitment', id: COMMITMENT.ferryReview },
        { kind: 'commitment', id: COMMITMENT.homeFireSafety },
        { kind: 'commitment', id: COMMITMENT.islesServicePoints },
      ],
      rationale:
        'The three commitments fill the gaps the September board found under the isles and ' +
        'safety outcomes, and each is resourced and measurable.',
      takingPart: december2008,
      vote: null,
      actions: [],
    },
    officer('2008-12-09 17:05'),
  );

  // June 2009: the joint working project has slipped; the board holds both bodies to account.
  const june2009 = except(BOARD_2008, PERSON.fireAreaManager);
  board.hold(
    MEETING.june2009,
    {
      date: '2009-06-23',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: june2009,
      apologies: [PERSON.fireAreaManager],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.government],
    },
    officer('2009-06-23 17:00'),
  );
  board.decide(
    DECISION.holdJointWorkingToAccount,
    {
      kind: 'hold_partner_to_account',
      subjects: [
        { kind: 'commitment', id: COMMITMENT.jointSupportServices },
        { kind: 'partner', id: PARTNER.council },
        { kind: 'partner', id: PARTNER.nhs },
      ],
      rationale:
        'The project was reported at risk in April and off track in June: the shared ICT ' +
        'network has lost its contractor and no buying has yet moved to joint contracts. The board ' +
        'wants a recovery plan before it considers any change to the commitment.',
      takingPart: june2009,
      vote: null,
      actions: [
        {
          actionId: ACTION.recoveryPlan,
          description:
            'Bring a recovery plan with a revised timetable and budget for the joint working project to the September board',
          owner: { kind: 'person', id: PERSON.chiefExecutive },
          dueDate: '2009-09-15',
        },
        {
          actionId: ACTION.ictOptions,
          description: 'Set out the options for a single ICT service desk and network',
          owner: { kind: 'partner', id: PARTNER.nhs },
          dueDate: '2009-09-15',
        },
      ],
    },
    officer('2009-06-23 17:05'),
  );
  board.decide(
    DECISION.commissionIslesRoadshow,
    {
      kind: 'commission_work',
      subjects: [{ kind: 'outcome', id: LOCAL_OUTCOME.islesServices }],
      rationale:
        'Before the agreement is reviewed, the board wants to hear directly from the ferry-linked ' +
        'isles, including older and disabled residents, about the services they depend on.',
      takingPart: june2009,
      vote: null,
      actions: [
        {
          actionId: ACTION.roadshow,
          description:
            'Run a roadshow of public meetings on the ferry-linked isles and report what was heard',
          owner: { kind: 'partner', id: PARTNER.thirdSector },
          dueDate: '2009-10-31',
        },
      ],
    },
    officer('2009-06-23 17:10'),
  );
  board.complete(
    MEETING.june2009,
    ACTION.recoveryPlan,
    '2009-09-14',
    'Recovery plan circulated: ICT and HR first, procurement from April 2010, completion by March 2011.',
    officer('2009-09-14 16:00'),
  );
  board.complete(
    MEETING.june2009,
    ACTION.ictOptions,
    '2009-09-15',
    'NHS Orkney circulated three options; both bodies prefer one service desk hosted by NHS Orkney.',
    officer('2009-09-15 16:00'),
  );

  // September 2009: the first annual report, and the revised joint working commitment.
  board.hold(
    MEETING.september2009,
    {
      date: '2009-09-29',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: BOARD_2008,
      apologies: [],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.government],
    },
    officer('2009-09-29 17:00'),
  );
  board.decide(
    DECISION.acceptAnnualReport2008,
    {
      kind: 'accept_annual_report',
      subjects: [{ kind: 'annual_report', id: ANNUAL_REPORT.year2008 }],
      rationale:
        'The report covers every local outcome and indicator for 2008-09 and is frank about the ' +
        'joint working project; it goes to the Scottish Government by the end of September.',
      takingPart: BOARD_2008,
      vote: null,
      actions: [],
    },
    officer('2009-09-29 17:05'),
  );
  board.decide(
    DECISION.reviseJointWorking,
    {
      kind: 'approve_commitment_revision',
      subjects: [{ kind: 'commitment', id: COMMITMENT.jointSupportServices }],
      rationale:
        'The recovery plan is credible: the board accepts a year’s extension and an equal share ' +
        'of the work between the two bodies, with NHS Orkney leading on ICT.',
      takingPart: BOARD_2008,
      vote: { for: 7, against: 0, abstain: 1 },
      actions: [],
    },
    officer('2009-09-29 17:10'),
  );
  board.complete(
    MEETING.june2009,
    ACTION.roadshow,
    '2009-11-03',
    'Public meetings held on eight isles between 5 and 23 October; the report goes to the December board.',
    officer('2009-11-03 10:00'),
  );

  // February 2010: storms cancel the ferries and flights, and the board cannot make a quorum.
  const february2010 = [PERSON.leader, PERSON.vaoChiefOfficer, PERSON.forumSecretary];
  board.hold(
    MEETING.february2010,
    {
      date: '2010-02-09',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: february2010,
      apologies: except(BOARD_2008, ...february2010),
      otherAttendees: [OFFICERS.planning],
    },
    officer('2010-02-09 15:00'),
  );

  // March 2010: the board accepts the warm homes commitment under the amended agreement.
  const march2010 = except(BOARD_2008, PERSON.forumSecretary);
  board.hold(
    MEETING.march2010,
    {
      date: '2010-03-23',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: march2010,
      apologies: [PERSON.forumSecretary],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive],
    },
    officer('2010-03-23 17:00'),
  );
  board.decide(
    DECISION.acceptWarmHomes,
    {
      kind: 'accept_commitment',
      subjects: [{ kind: 'commitment', id: COMMITMENT.warmHomes }],
      rationale:
        'The commitment answers the new warm homes outcome, with the council’s insulation money ' +
        'and Voluntary Action Orkney’s energy advisers named. Voluntary Action Orkney declared ' +
        'an interest and took no part.',
      takingPart: except(march2010, PERSON.vaoChiefOfficer),
      vote: { for: 6, against: 0, abstain: 0 },
      actions: [],
    },
    officer('2010-03-23 17:05'),
  );

  // September 2010: the second annual report, on the data known at the time.
  const september2010 = except(BOARD_2010, PERSON.hieAreaManager);
  board.hold(
    MEETING.september2010,
    {
      date: '2010-09-28',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: september2010,
      apologies: [PERSON.hieAreaManager],
      otherAttendees: [OFFICERS.planning, OFFICERS.government],
    },
    officer('2010-09-28 17:00'),
  );
  board.decide(
    DECISION.acceptAnnualReport2009,
    {
      kind: 'accept_annual_report',
      subjects: [{ kind: 'annual_report', id: ANNUAL_REPORT.year2009 }],
      rationale:
        'The report shows the downturn pushing up the claimant count, and good progress on fires ' +
        'and quits; the board notes that the 2009-10 quit figure is provisional.',
      takingPart: september2010,
      vote: null,
      actions: [],
    },
    officer('2010-09-28 17:05'),
  );

  // September 2011: the last annual report of the agreement, and the ferries escalated.
  board.hold(
    MEETING.september2011,
    {
      date: '2011-09-27',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: BOARD_2010,
      apologies: [],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.government],
    },
    officer('2011-09-27 17:00'),
  );
  board.decide(
    DECISION.acceptAnnualReport2010,
    {
      kind: 'accept_annual_report',
      subjects: [{ kind: 'annual_report', id: ANNUAL_REPORT.year2010 }],
      rationale:
        'The final report of the 2008-11 agreement: most targets met or close, the shared ' +
        'services savings short of the target, and the warm homes work continuing.',
      takingPart: BOARD_2010,
      vote: null,
      actions: [],
    },
    officer('2011-09-27 17:05'),
  );
  board.decide(
    DECISION.escalateFerries,
    {
      kind: 'escalate',
      subjects: [{ kind: 'outcome', id: LOCAL_OUTCOME.islesServices }],
      rationale:
        'The isles access indicator is off target and the oldest inter-isles ferries are near ' +
        'the end of their lives; replacing them is beyond the partners’ means.',
      takingPart: BOARD_2010,
      vote: null,
      actions: [
        {
          actionId: ACTION.ferriesLetter,
          description:
            'Write to the Minister for Transport asking for a decision on funding replacement inter-isles ferries',
          owner: { kind: 'person', id: PERSON.leader },
          dueDate: '2011-10-31',
        },
      ],
    },
    officer('2011-09-27 17:10'),
  );
  return chapter.steps;
}
