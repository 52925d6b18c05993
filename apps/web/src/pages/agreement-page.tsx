import { useQuery } from '@apollo/client/react';
import {
  AGREEMENT_NOW,
  AGREEMENT_PAST,
  type AgreementView,
  FRAMEWORK_OUTCOMES,
  type IndicatorView,
  type OutcomeView,
  agreementNowView,
  agreementPastView,
  titlesOf,
} from '../api/agreement-view';
import { CommitmentTable } from '../components/commitment-table';
import { IndicatorChart } from '../components/indicator-chart';
import { QueryState } from '../components/query-state';
import { RagTag } from '../components/status-tag';
import { TimeTravelControl } from '../components/time-travel-control';
import { hrefTo, type Route } from '../routing/route';
import { navigate } from '../routing/use-route';
import { mayIssue } from '../session/permissions';
import { rolesOf, type Session } from '../session/session';

type AgreementRoute = Extract<Route, { page: 'agreement' }>;

/** An agreement by national outcome: its local outcomes, their indicators, and the commitments. */
export function AgreementPage({ session, route }: { session: Session; route: AgreementRoute }) {
  const { partnershipId, agreementId, asOf } = route;
  const member = rolesOf(session).some((role) => role !== 'public');
  const now = useQuery(AGREEMENT_NOW, {
    variables: { id: agreementId, partnershipId, member },
    skip: Boolean(asOf),
  });
  const past = useQuery(AGREEMENT_PAST, {
    variables: {
      id: agreementId,
      partnershipId,
      member,
      instant: asOf ?? '',
      day: asOf?.slice(0, 10) ?? '',
    },
    skip: !asOf,
  });
  const frameworkVersionId =
    (asOf ? past.data?.agreementAsOf.frameworkVersionId : now.data?.agreement.frameworkVersionId) ??
    '';
  const framework = useQuery(FRAMEWORK_OUTCOMES, {
    variables: { id: frameworkVersionId },
    skip: !frameworkVersionId || !member,
  });
  const titles = titlesOf(framework.data);
  const view = asOf
    ? past.data && agreementPastView(past.data, titles)
    : now.data && agreementNowView(now.data, titles);
  const { loading, error } = asOf ? past : now;
  return (
    <>
      <h1 tabIndex={-1}>{view?.title ?? 'Agreement'}</h1>
      <TimeTravelControl
        key={asOf ?? 'now'}
        asOf={asOf}
        onChange={(day) => navigate({ ...route, asOf: day })}
      />
      <QueryState loading={loading && !view} error={error}>
        {() => view && <Agreement session={session} route={route} view={view} />}
      </QueryState>
    </>
  );
}

function Agreement({
  session,
  route,
  view,
}: {
  session: Session;
  route: AgreementRoute;
  view: AgreementView;
}) {
  const { partnershipId, agreementId } = route;
  const mayPropose = !route.asOf && mayIssue(session, 'ProposeCommitment', { partnershipId });
  const member = rolesOf(session).some((role) => role !== 'public');
  return (
    <>
      <p className="ds_leader">
        {view.periodStart} to {view.periodEnd}; status: {view.status}.
      </p>
      {member && (
        <ul className="ds_link-list">
          <li>
            <a href={hrefTo({ page: 'matrix', partnershipId, agreementId, asOf: route.asOf })}>
              Accountability matrix for this agreement
            </a>
          </li>
          <li>
            <a href={hrefTo({ page: 'changes', partnershipId })}>
              What changed, and who changed it
            </a>
          </li>
        </ul>
      )}
      {view.sections.map((section) => (
        <section
          key={section.nationalOutcomeId}
          aria-labelledby={`section-${section.nationalOutcomeId}`}
        >
          <h2 id={`section-${section.nationalOutcomeId}`}>{section.nationalOutcomeTitle}</h2>
          {section.localPriority && <p>{section.localPriority}</p>}
          {section.outcomes.length === 0 && <p>No local outcomes under this national outcome.</p>}
          {section.outcomes.map((outcome) => (
            <Outcome
              key={outcome.id}
              partnershipId={partnershipId}
              outcome={outcome}
              commitments={
                member
                  ? view.commitments.filter(
                      (commitment) => commitment.localOutcomeId === outcome.id,
                    )
                  : undefined
              }
              proposeHref={
                mayPropose
                  ? hrefTo({
                      page: 'propose',
                      partnershipId,
                      agreementId,
                      localOutcomeId: outcome.id,
                    })
                  : undefined
              }
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Outcome({
  partnershipId,
  outcome,
  commitments,
  proposeHref,
}: {
  partnershipId: string;
  outcome: OutcomeView;
  /** Absent for the public, who may not read them. */
  commitments: AgreementView['commitments'] | undefined;
  proposeHref: string | undefined;
}) {
  return (
    <article className="concordat-outcome" aria-labelledby={`outcome-${outcome.id}`}>
      <h3 id={`outcome-${outcome.id}`}>
        {outcome.title}
        {outcome.status !== 'active' && ` (${outcome.status})`}
      </h3>
      <p>{outcome.description}</p>
      {outcome.indicators.map((indicator) => (
        <Indicator key={indicator.id} indicator={indicator} />
      ))}
      {commitments && (
        <>
          <h4>Commitments toward this outcome</h4>
          <CommitmentTable
            partnershipId={partnershipId}
            commitments={commitments}
            caption={`Commitments toward ${outcome.title}`}
          />
        </>
      )}
      {proposeHref && (
        <p>
          <a href={proposeHref}>Propose a commitment toward this outcome</a>
        </p>
      )}
    </article>
  );
}

function Indicator({ indicator }: { indicator: IndicatorView }) {
  return (
    <div className="concordat-indicator">
      <h4>{indicator.title}</h4>
      <p>
        <RagTag rag={indicator.rag} /> Trend: {indicator.trend ?? 'not yet known'}. Latest:{' '}
        {indicator.latest
          ? `${indicator.latest.value} ${indicator.unit} (${indicator.latest.period})`
          : 'no observation yet'}
        . Baseline {indicator.baseline.value} ({indicator.baseline.date}), target{' '}
        {indicator.target.value} ({indicator.target.date}),{' '}
        {indicator.direction === 'increase' ? 'higher is better' : 'lower is better'}.
      </p>
      <IndicatorChart indicator={indicator} />
    </div>
  );
}
