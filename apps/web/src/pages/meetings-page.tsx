import { useQuery } from '@apollo/client/react';
import { nodesOf } from '../api/commitment-line';
import { MEETINGS, type DecisionLine, type MeetingsData } from '../api/meetings-view';
import { QueryState } from '../components/query-state';
import { HoldMeetingForm } from '../forms/hold-meeting-form';
import { RecordDecisionForm } from '../forms/record-decision-form';
import { hrefTo, type Route } from '../routing/route';
import { mayIssue } from '../session/permissions';
import type { Session } from '../session/session';

type MeetingsRoute = Extract<Route, { page: 'meetings' }>;

/** The board's meetings and the decisions log, newest first, with the forms a role may use. */
export function MeetingsPage({ session, route }: { session: Session; route: MeetingsRoute }) {
  const { partnershipId } = route;
  const { data, loading, error } = useQuery(MEETINGS, { variables: { partnershipId } });
  return (
    <>
      <h1 tabIndex={-1}>Meetings and decisions</h1>
      <QueryState loading={loading && !data} error={error}>
        {() => data && <Meetings session={session} partnershipId={partnershipId} data={data} />}
      </QueryState>
    </>
  );
}

function Meetings({
  session,
  partnershipId,
  data,
}: {
  session: Session;
  partnershipId: string;
  data: MeetingsData;
}) {
  const { board, meetings } = data.partnership;
  const target = { partnershipId };
  return (
    <>
      {mayIssue(session, 'HoldBoardMeeting', target) && (
        <HoldMeetingForm partnershipId={partnershipId} board={board} />
      )}
      {mayIssue(session, 'RecordDecision', target) && (
        // A meeting just recorded becomes the form's choice: the form starts afresh with it.
        <RecordDecisionForm
          key={meetings.at(-1)?.id}
          partnershipId={partnershipId}
          meetings={meetings}
          proposed={nodesOf(data.proposed)}
          partners={data.partnership.partners}
        />
      )}
      <h2>Decisions log</h2>
      {[...meetings].reverse().map((meeting) => (
        <section
          key={meeting.id}
          aria-labelledby={`meeting-${meeting.id}`}
          className="concordat-meeting"
        >
          <h3 id={`meeting-${meeting.id}`}>
            {meeting.date}, {meeting.location}
          </h3>
          <p>
            {meeting.attendees.length} board members present;{' '}
            {meeting.quorate ? 'quorate' : 'not quorate'}.
          </p>
          {meeting.decisions.length === 0 ? (
            <p>No decisions recorded.</p>
          ) : (
            <ul>
              {meeting.decisions.map((decision) => (
                <Decision key={decision.id} partnershipId={partnershipId} decision={decision} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function Decision({ partnershipId, decision }: { partnershipId: string; decision: DecisionLine }) {
  return (
    <li className="concordat-decision">
      <p>
        <strong>{decision.kind.replace(/_/g, ' ')}</strong> (
        {decision.carried ? 'carried' : 'not carried'}
        {decision.vote &&
          `; ${decision.vote.for} for, ${decision.vote.against} against, ${decision.vote.abstain} abstaining`}
        ): {decision.rationale}
      </p>
      <p>
        About:{' '}
        {decision.subjects.map((subject, index) => (
          <span key={`${subject.kind}/${subject.id}`}>
            {index > 0 && ', '}
            {subject.kind === 'commitment' ? (
              <a href={hrefTo({ page: 'commitment', partnershipId, commitmentId: subject.id })}>
                {subject.name ?? subject.id}
              </a>
            ) : (
              `${subject.kind.replace(/_/g, ' ')} ${subject.name ?? subject.id}`
            )}
          </span>
        ))}
      </p>
      {decision.actions.length > 0 && (
        <ul>
          {decision.actions.map((action) => (
            <li key={action.id}>
              Action: {action.description}, owner {action.owner.name ?? action.owner.id}, due{' '}
              {action.dueDate}
              {action.completedOn ? `, done on ${action.completedOn}` : ', not yet done'}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
