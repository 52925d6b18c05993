import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  actionsOfDecisions,
  decisionsByKeys,
  decisionsOfMeetings,
  meetingsByIds,
  subjectsOfDecisions,
  type DecisionActionView,
  type DecisionKey,
  type DecisionSubjectView,
  type DecisionView,
  type MeetingView,
} from '@concordat/read-models';
import { groupByKey, oneByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';
import {
  decisionKeysOfPartnerships,
  meetingIdsOfPartnerships,
  overdueActionKeysOfPartnerships,
  type DecisionsOfPartnershipsFilter,
} from './meetings-of-partnerships';

/**
 * The meetings read model's DataLoaders for one request: each batches every key asked for while
 * one level of a query resolves into one batch lookup (two for the lists of a partnership).
 */

export const decisionKeyOf = (key: DecisionKey): string =>
  JSON.stringify([key.meetingId, key.decisionId]);

const byPartnership = (row: { partnershipId: string }) => row.partnershipId;
const same = (id: string) => id;

export function meetingLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, MeetingView | null, string> {
  return context.loaders.get<string, MeetingView | null>(
    'meetings.byId',
    async (ids) => oneByKey(ids, await meetingsByIds(source, ids), (row) => row.meetingId),
    same,
  );
}

export function decisionsOfMeetingLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, DecisionView[], string> {
  return context.loaders.get<string, DecisionView[]>(
    'meetings.decisionsOfMeeting',
    async (ids) => groupByKey(ids, await decisionsOfMeetings(source, ids), (row) => row.meetingId),
    same,
  );
}

export function subjectsLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<DecisionKey, DecisionSubjectView[], string> {
  return context.loaders.get<DecisionKey, DecisionSubjectView[]>(
    'meetings.subjectsOfDecision',
    async (keys) =>
      groupByKey(keys, await subjectsOfDecisions(source, keys), decisionKeyOf, decisionKeyOf),
    decisionKeyOf,
  );
}

export function actionsLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<DecisionKey, DecisionActionView[], string> {
  return context.loaders.get<DecisionKey, DecisionActionView[]>(
    'meetings.actionsOfDecision',
    async (keys) =>
      groupByKey(keys, await actionsOfDecisions(source, keys), decisionKeyOf, decisionKeyOf),
    decisionKeyOf,
  );
}

/** A partnership's meetings, oldest first, optionally within dates. */
export function meetingsOfPartnershipLoader(
  context: RequestContext,
  source: DataSource,
  from: string | null,
  to: string | null,
): DataLoader<string, MeetingView[], string> {
  return context.loaders.get<string, MeetingView[]>(
    `meetings.meetingsOfPartnership:${JSON.stringify([from, to])}`,
    async (ids) => {
      const meetingIds = await meetingIdsOfPartnerships(source, ids, from, to);
      return groupByKey(ids, await meetingsByIds(source, meetingIds), byPartnership);
    },
    same,
  );
}

/** A partnership's decisions, oldest first, optionally by kind and date. */
export function decisionsOfPartnershipLoader(
  context: RequestContext,
  source: DataSource,
  filter: DecisionsOfPartnershipsFilter,
): DataLoader<string, DecisionView[], string> {
  const { kind, decidedFrom, decidedTo } = filter;
  return context.loaders.get<string, DecisionView[]>(
    `meetings.decisionsOfPartnership:${JSON.stringify([kind, decidedFrom, decidedTo])}`,
    async (ids) => {
      const keys = await decisionKeysOfPartnerships(source, ids, filter);
      return groupByKey(ids, await decisionsByKeys(source, keys), byPartnership);
    },
    same,
  );
}

/** Within one meeting an action id is unique. */
const actionKeyOf = (action: { meetingId: string; actionId: string }): string =>
  JSON.stringify([action.meetingId, action.actionId]);

/**
 * A partnership's actions overdue on `asOf`, by due date: assigned at a meeting on or before
 * it, due before it, and not completed by then (as the read model's actionsOverdue).
 */
export function overdueActionsLoader(
  context: RequestContext,
  source: DataSource,
  asOf: string,
): DataLoader<string, DecisionActionView[], string> {
  return context.loaders.get<string, DecisionActionView[]>(
    `meetings.overdueActionsOfPartnership:${asOf}`,
    async (ids) => {
      const overdue = await overdueActionKeysOfPartnerships(source, ids, asOf);
      const wanted = new Set(overdue.map(actionKeyOf));
      const decisions = new Map(overdue.map((key) => [decisionKeyOf(key), key]));
      const actions = (await actionsOfDecisions(source, [...decisions.values()]))
        .filter((action) => wanted.has(actionKeyOf(action)))
        .sort(
          (a, b) =>
            compare(a.dueDate, b.dueDate) ||
            compare(a.meetingId, b.meetingId) ||
            compare(a.actionId, b.actionId),
        );
      return groupByKey(ids, actions, byPartnership);
    },
    same,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
