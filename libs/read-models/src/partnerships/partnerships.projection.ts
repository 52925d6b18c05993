import type {
  BoardChairAppointed,
  BoardMemberAppointed,
  BoardMemberStoodDown,
  PartnerAdmitted,
  PartnershipEstablished,
  PartnerWithdrawn,
  PersonalDataErased,
  QuorumRuleSet,
  RepresentativeAppointed,
  RepresentativeRemoved,
} from '@concordat/domain';
import { partnershipUpcasters } from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import { ERASED, upcastEvent } from '@concordat/shared-kernel';
import type { Projection, ProjectionWrites } from '../infrastructure/projection';

/**
 * Partnerships with their partners, the partners' representatives and the board, one stream
 * (`partnership-<id>`) each. Every event first moves the partnership row's `last_revision`
 * forward; an event at or behind it was applied already and writes nothing. Appointments are
 * kept as terms (one row per appointment, keyed by the revision that made it), so who sat on
 * the board or spoke for a partner on any date stays answerable after they leave.
 * Version 2 added contact details and the erasure of personal data, which overwrites the person's
 * name and contact details in every term they held.
 */
export const partnershipsProjection: Projection = {
  name: 'partnerships',
  version: 2,
  eventTypes: new Set([
    'PartnershipEstablished',
    'PartnerAdmitted',
    'RepresentativeAppointed',
    'RepresentativeRemoved',
    'PartnerWithdrawn',
    'BoardChairAppointed',
    'BoardMemberAppointed',
    'BoardMemberStoodDown',
    'QuorumRuleSet',
    'PersonalDataErased',
  ]),
  ddl: `
    CREATE TABLE partnerships (
      partnership_id text PRIMARY KEY,
      name text NOT NULL,
      council_area text NOT NULL,
      quorum_minimum_members_present integer NOT NULL,
      quorum_chair_must_attend boolean NOT NULL,
      established_at timestamptz NOT NULL,
      last_revision bigint NOT NULL
    );
    CREATE INDEX partnerships_by_name ON partnerships (name, partnership_id);

    CREATE TABLE partners (
      partnership_id text NOT NULL,
      partner_id text NOT NULL,
      organisation text NOT NULL,
      sector text NOT NULL,
      status text NOT NULL CHECK (status IN ('current', 'withdrawn')),
      admitted_at timestamptz NOT NULL,
      withdrawn_at timestamptz,
      withdrawal_reason text,
      last_revision bigint NOT NULL,
      PRIMARY KEY (partnership_id, partner_id)
    );

    CREATE TABLE representatives (
      partnership_id text NOT NULL,
      partner_id text NOT NULL,
      person_id text NOT NULL,
      appointed_revision bigint NOT NULL,
      name text NOT NULL,
      role text NOT NULL,
      email text,
      telephone text,
      appointed_at timestamptz NOT NULL,
      removed_at timestamptz,
      removal_reason text,
      personal_data_erased_at timestamptz,
      last_revision bigint NOT NULL,
      PRIMARY KEY (partnership_id, partner_id, person_id, appointed_revision)
    );
    CREATE INDEX representatives_in_office
      ON representatives (partnership_id, partner_id, person_id) WHERE removed_at IS NULL;

    CREATE TABLE board_seats (
      partnership_id text NOT NULL,
      person_id text NOT NULL,
      appointed_revision bigint NOT NULL,
      name text NOT NULL,
      partner_id text,
      is_chair boolean NOT NULL,
      appointed_at timestamptz NOT NULL,
      stood_down_at timestamptz,
      stand_down_reason text,
      personal_data_erased_at timestamptz,
      last_revision bigint NOT NULL,
      PRIMARY KEY (partnership_id, person_id, appointed_revision)
    );
    CREATE INDEX board_seats_held
      ON board_seats (partnership_id, person_id) WHERE stood_down_at IS NULL;
  `,
  async apply(tx: ProjectionWrites, stored: StoredEvent): Promise<void> {
    const event = { ...stored, ...upcastEvent(partnershipUpcasters, stored) };
    const at = event.metadata.occurredAt;
    const revision = event.streamRevision.toString();

    if (event.type === 'PartnershipEstablished') {
      const data = dataOf<PartnershipEstablished['data']>(event);
      tx.write(
        `INSERT INTO partnerships VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (partnership_id) DO NOTHING`,
        [
          data.partnershipId,
          data.name,
          data.councilArea,
          data.quorum.minimumMembersPresent,
          data.quorum.chairMustAttend,
          at,
          revision,
        ],
      );
      return;
    }

    const partnershipId = dataOf<{ partnershipId: string }>(event).partnershipId;
    if (!(await advance(tx, partnershipId, revision))) return;

    switch (event.type) {
      case 'PartnerAdmitted': {
        const data = dataOf<PartnerAdmitted['data']>(event);
        tx.write(
          `INSERT INTO partners VALUES ($1, $2, $3, $4, 'current', $5, NULL, NULL, $6)
           ON CONFLICT (partnership_id, partner_id) DO NOTHING`,
          [partnershipId, data.partnerId, data.organisation, data.sector, at, revision],
        );
        return;
      }
      case 'PartnerWithdrawn': {
        const data = dataOf<PartnerWithdrawn['data']>(event);
        tx.write(
          `UPDATE partners
              SET status = 'withdrawn', withdrawn_at = $3, withdrawal_reason = $4, last_revision = $5
            WHERE partnership_id = $1 AND partner_id = $2 AND last_revision < $5`,
          [partnershipId, data.partnerId, at, data.reason, revision],
        );
        return;
      }
      case 'RepresentativeAppointed': {
        const data = dataOf<RepresentativeAppointed['data']>(event);
        await appointRepresentative(tx, data, at, revision);
        return;
      }
      case 'RepresentativeRemoved': {
        const data = dataOf<RepresentativeRemoved['data']>(event);
        tx.write(
          `UPDATE representatives
              SET removed_at = $4, removal_reason = $5, last_revision = $6
            WHERE partnership_id = $1 AND partner_id = $2 AND person_id = $3
              AND removed_at IS NULL AND last_revision < $6`,
          [partnershipId, data.partnerId, data.personId, at, data.reason, revision],
        );
        return;
      }
      case 'BoardChairAppointed': {
        const data = dataOf<BoardChairAppointed['data']>(event);
        await appointChair(tx, data, at, revision);
        return;
      }
      case 'BoardMemberAppointed': {
        const data = dataOf<BoardMemberAppointed['data']>(event);
        tx.write(
          `INSERT INTO board_seats VALUES ($1, $2, $3, $4, $5, false, $6, NULL, NULL, NULL, $3)
           ON CONFLICT (partnership_id, person_id, appointed_revision) DO NOTHING`,
          [partnershipId, data.personId, revision, data.name, data.partnerId, at],
        );
        return;
      }
      case 'BoardMemberStoodDown': {
        const data = dataOf<BoardMemberStoodDown['data']>(event);
        tx.write(
          `UPDATE board_seats
              SET stood_down_at = $3, stand_down_reason = $4, last_revision = $5
            WHERE partnership_id = $1 AND person_id = $2
              AND stood_down_at IS NULL AND last_revision < $5`,
          [partnershipId, data.personId, at, data.reason, revision],
        );
        return;
      }
      case 'PersonalDataErased': {
        const data = dataOf<PersonalDataErased['data']>(event);
        await erasePerson(tx, partnershipId, data.personId, at);
        return;
      }
      case 'QuorumRuleSet': {
        const data = dataOf<QuorumRuleSet['data']>(event);
        tx.write(
          `UPDATE partnerships
              SET quorum_minimum_members_present = $2, quorum_chair_must_attend = $3
            WHERE partnership_id = $1`,
          [partnershipId, data.quorum.minimumMembersPresent, data.quorum.chairMustAttend],
        );
        return;
      }
      default:
        return;
    }
  },
};

/**
 * Moves the partnership's revision to this event's; false when it is there already (the event
 * was applied before) or the partnership is unknown, and then the event writes nothing.
 */
async function advance(tx: ProjectionWrites, partnershipId: string, revision: string) {
  const moved = await tx.query(
    `UPDATE partnerships SET last_revision = $2
      WHERE partnership_id = $1 AND last_revision < $2
      RETURNING partnership_id`,
    [partnershipId, revision],
  );
  return moved.length > 0;
}

/** Appointing someone already in office restates their name and role in the same term. */
async function appointRepresentative(
  tx: ProjectionWrites,
  data: RepresentativeAppointed['data'],
  at: string,
  revision: string,
): Promise<void> {
  const key = [data.partnershipId, data.partnerId, data.personId];
  const inOffice = await tx.query(
    `SELECT 1 FROM representatives
      WHERE partnership_id = $1 AND partner_id = $2 AND person_id = $3 AND removed_at IS NULL`,
    key,
  );
  if (inOffice.length > 0) {
    tx.write(
      `UPDATE representatives
          SET name = $4, role = $5, email = $6, telephone = $7, last_revision = $8
        WHERE partnership_id = $1 AND partner_id = $2 AND person_id = $3
          AND removed_at IS NULL AND last_revision < $8`,
      [...key, data.name, data.role, data.contact.email, data.contact.telephone, revision],
    );
    return;
  }
  tx.write(
    `INSERT INTO representatives VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, NULL, NULL, $4)
     ON CONFLICT (partnership_id, partner_id, person_id, appointed_revision) DO NOTHING`,
    [...key, revision, data.name, data.role, data.contact.email, data.contact.telephone, at],
  );
}

/**
 * The chair moves to the appointee: any other chair stays on the board as a member, and an
 * appointee already on the board keeps their seat (now as chair) rather than taking a second.
 */
async function appointChair(
  tx: ProjectionWrites,
  data: BoardChairAppointed['data'],
  at: string,
  revision: string,
): Promise<void> {
  const { partnershipId, personId, name, partnerId } = data;
  tx.write(
    `UPDATE board_seats SET is_chair = false, last_revision = $3
      WHERE partnership_id = $1 AND person_id <> $2 AND is_chair
        AND stood_down_at IS NULL AND last_revision < $3`,
    [partnershipId, personId, revision],
  );
  const seated = await tx.query(
    `SELECT 1 FROM board_seats
      WHERE partnership_id = $1 AND person_id = $2 AND stood_down_at IS NULL`,
    [partnershipId, personId],
  );
  if (seated.length > 0) {
    tx.write(
      `UPDATE board_seats SET is_chair = true, name = $3, partner_id = $4, last_revision = $5
        WHERE partnership_id = $1 AND person_id = $2
          AND stood_down_at IS NULL AND last_revision < $5`,
      [partnershipId, personId, name, partnerId, revision],
    );
    return;
  }
  tx.write(
    `INSERT INTO board_seats VALUES ($1, $2, $3, $4, $5, true, $6, NULL, NULL, NULL, $3)
     ON CONFLICT (partnership_id, person_id, appointed_revision) DO NOTHING`,
    [partnershipId, personId, revision, name, partnerId, at],
  );
}

/**
 * Every term the person held keeps its dates and roles; what identified them reads as erased, as
 * their events now do. Contact details read as erased even where none were given: once the key
 * is gone, nobody can tell, and a rebuild must write what the live projection wrote.
 */
async function erasePerson(
  tx: ProjectionWrites,
  partnershipId: string,
  personId: string,
  at: string,
): Promise<void> {
  tx.write(
    `UPDATE representatives
        SET name = $3, email = $3, telephone = $3, personal_data_erased_at = $4
      WHERE partnership_id = $1 AND person_id = $2`,
    [partnershipId, personId, ERASED, at],
  );
  tx.write(
    `UPDATE board_seats SET name = $3, personal_data_erased_at = $4
      WHERE partnership_id = $1 AND person_id = $2`,
    [partnershipId, personId, ERASED, at],
  );
}

/** The event's data as its domain type, once upcast to its current version. */
function dataOf<T>(event: { readonly data: object }): T {
  return event.data as unknown as T;
}
