import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import { PARTNER, PARTNERSHIP_ID, PERSON } from './ids';

const partnershipId = PARTNERSHIP_ID;

const PARTNERS: readonly { partnerId: string; organisation: string; sector: string }[] = [
  { partnerId: PARTNER.council, organisation: 'Orkney Islands Council', sector: 'council' },
  { partnerId: PARTNER.nhs, organisation: 'NHS Orkney', sector: 'health_board' },
  { partnerId: PARTNER.police, organisation: 'Northern Constabulary', sector: 'police' },
  {
    partnerId: PARTNER.fire,
    organisation: 'Highlands and Islands Fire and Rescue Service',
    sector: 'fire_and_rescue',
  },
  {
    partnerId: PARTNER.hie,
    organisation: 'Highlands and Islands Enterprise',
    sector: 'enterprise_agency',
  },
  { partnerId: PARTNER.college, organisation: 'Orkney College', sector: 'college' },
  {
    partnerId: PARTNER.transport,
    organisation: 'Highlands and Islands Transport Partnership (HITRANS)',
    sector: 'transport_partnership',
  },
  {
    partnerId: PARTNER.thirdSector,
    organisation: 'Voluntary Action Orkney',
    sector: 'third_sector',
  },
  {
    partnerId: PARTNER.communityCouncils,
    organisation: 'Orkney Isles Community Councils Forum',
    sector: 'community_body',
  },
  { partnerId: PARTNER.government, organisation: 'The Scottish Government', sector: 'government' },
];

/** Made-up addresses on a domain reserved for examples: the demo names no real inbox. */
const contactOf = (personId: string) => ({
  email: `${personId}@orkney-partnership.example`,
  telephone: null,
});

const REPRESENTATIVES: readonly {
  partnerId: string;
  personId: string;
  name: string;
  role: string;
}[] = [
  {
    partnerId: PARTNER.council,
    personId: PERSON.leader,
    name: 'Cllr Inga Flett',
    role: 'Leader of the Council',
  },
  {
    partnerId: PARTNER.council,
    personId: PERSON.chiefExecutive,
    name: 'Ian Rendall',
    role: 'Chief Executive',
  },
  {
    partnerId: PARTNER.nhs,
    personId: PERSON.nhsChair,
    name: 'Morag Tulloch',
    role: 'Chair of the NHS Orkney Board',
  },
  {
    partnerId: PARTNER.nhs,
    personId: PERSON.publicHealth,
    name: 'Dr Ellen Isbister',
    role: 'Director of Public Health',
  },
  {
    partnerId: PARTNER.police,
    personId: PERSON.areaCommander,
    name: 'Chief Inspector Alan Harcus',
    role: 'Area Commander, Orkney',
  },
  {
    partnerId: PARTNER.fire,
    personId: PERSON.fireAreaManager,
    name: 'Grant Scott',
    role: 'Area Manager, Orkney',
  },
  {
    partnerId: PARTNER.hie,
    personId: PERSON.hieAreaManager,
    name: 'Fiona Groat',
    role: 'Area Manager, HIE Orkney',
  },
  {
    partnerId: PARTNER.college,
    personId: PERSON.principal,
    name: 'Peter Kirkness',
    role: 'Principal',
  },
  {
    partnerId: PARTNER.transport,
    personId: PERSON.transportManager,
    name: 'Ruth Hourston',
    role: 'Partnership Manager',
  },
  {
    partnerId: PARTNER.thirdSector,
    personId: PERSON.vaoChiefOfficer,
    name: 'Linda Stout',
    role: 'Chief Officer',
  },
  {
    partnerId: PARTNER.communityCouncils,
    personId: PERSON.forumSecretary,
    name: 'James Wylie',
    role: 'Forum Secretary',
  },
  {
    partnerId: PARTNER.government,
    personId: PERSON.locationDirector,
    name: 'Alasdair Reid',
    role: 'Location Director for Orkney',
  },
];

/** The board: the council leader in the chair, and members from seven partners. */
const BOARD_MEMBERS: readonly { personId: string; name: string; partnerId: string }[] = [
  { personId: PERSON.nhsChair, name: 'Morag Tulloch', partnerId: PARTNER.nhs },
  {
    personId: PERSON.areaCommander,
    name: 'Chief Inspector Alan Harcus',
    partnerId: PARTNER.police,
  },
  { personId: PERSON.fireAreaManager, name: 'Grant Scott', partnerId: PARTNER.fire },
  { personId: PERSON.hieAreaManager, name: 'Fiona Groat', partnerId: PARTNER.hie },
  { personId: PERSON.principal, name: 'Peter Kirkness', partnerId: PARTNER.college },
  { personId: PERSON.vaoChiefOfficer, name: 'Linda Stout', partnerId: PARTNER.thirdSector },
  { personId: PERSON.forumSecretary, name: 'James Wylie', partnerId: PARTNER.communityCouncils },
];

/**
 * December 2007 to January 2008: the partnership is recorded with its partners, their
 * representatives and its board; in 2010 the police area commander changes.
 */
export function partnershipChapter(): readonly DemoStep[] {
  const chapter = new Chapter(2, 'demo-partnership');
  const officer = ACTOR.officer;

  chapter.partnership(
    {
      type: 'EstablishPartnership',
      data: {
        partnershipId,
        name: 'Orkney Community Planning Partnership',
        councilArea: 'Orkney Islands',
        quorum: { minimumMembersPresent: 3, chairMustAttend: false },
      },
    },
    officer('2007-12-03 09:30'),
  );
  PARTNERS.forEach((partner, index) =>
    chapter.partnership(
      { type: 'AdmitPartner', data: { partnershipId, ...partner } },
      officer(`2007-12-03 10:${String(index).padStart(2, '0')}`),
    ),
  );
  REPRESENTATIVES.forEach((representative, index) =>
    chapter.partnership(
      {
        type: 'AppointRepresentative',
        data: { partnershipId, ...representative, contact: contactOf(representative.personId) },
      },
      officer(`2007-12-04 10:${String(index).padStart(2, '0')}`),
    ),
  );
  chapter.partnership(
    {
      type: 'AppointBoardChair',
      data: {
        partnershipId,
        personId: PERSON.leader,
        name: 'Cllr Inga Flett',
        partnerId: PARTNER.council,
      },
    },
    officer('2007-12-11 14:00'),
  );
  BOARD_MEMBERS.forEach((member, index) =>
    chapter.partnership(
      { type: 'AppointBoardMember', data: { partnershipId, ...member } },
      officer(`2007-12-11 14:${String(index + 1).padStart(2, '0')}`),
    ),
  );
  // Standing orders adopted in January 2008: four members present, the chair among them.
  chapter.partnership(
    {
      type: 'SetQuorumRule',
      data: { partnershipId, quorum: { minimumMembersPresent: 4, chairMustAttend: true } },
    },
    officer('2008-01-22 16:00'),
  );

  // Spring 2010: the police area commander retires and a successor takes the seat.
  chapter.partnership(
    {
      type: 'StandDownBoardMember',
      data: {
        partnershipId,
        personId: PERSON.areaCommander,
        reason: 'Retired from Northern Constabulary at the end of April 2010.',
      },
    },
    officer('2010-05-04 09:00'),
  );
  chapter.partnership(
    {
      type: 'RemoveRepresentative',
      data: {
        partnershipId,
        partnerId: PARTNER.police,
        personId: PERSON.areaCommander,
        reason: 'Retired from Northern Constabulary at the end of April 2010.',
      },
    },
    officer('2010-05-04 09:05'),
  );
  chapter.partnership(
    {
      type: 'AppointRepresentative',
      data: {
        partnershipId,
        partnerId: PARTNER.police,
        personId: PERSON.newAreaCommander,
        name: 'Chief Inspector Catriona Drever',
        role: 'Area Commander, Orkney',
        contact: contactOf(PERSON.newAreaCommander),
      },
    },
    officer('2010-05-04 09:10'),
  );
  chapter.partnership(
    {
      type: 'AppointBoardMember',
      data: {
        partnershipId,
        personId: PERSON.newAreaCommander,
        name: 'Chief Inspector Catriona Drever',
        partnerId: PARTNER.police,
      },
    },
    officer('2010-05-04 09:15'),
  );
  return chapter.steps;
}
