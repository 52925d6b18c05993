import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PROPOSE_COMMITMENT } from '../api/commands';
import { type Connection, nodesOf } from '../api/commitment-line';
import { QueryState } from '../components/query-state';
import { ErrorSummary, SelectField, TextField } from '../forms/fields';
import { newId, useCommand } from '../forms/use-command';
import type { Route } from '../routing/route';
import { navigate } from '../routing/use-route';
import { mayIssue, representedPartner } from '../session/permissions';
import type { Session } from '../session/session';

interface ProposalChoices {
  readonly partnership: {
    readonly partners: readonly { id: string; organisation: string; status: string }[];
  };
  readonly agreements: Connection<{
    id: string;
    title: string;
    status: string;
    localOutcomes: readonly { id: string; title: string; status: string }[];
  }>;
}

const PROPOSAL_CHOICES: TypedDocumentNode<ProposalChoices, { partnershipId: string }> = gql`
  query ProposalChoices($partnershipId: String!) {
    partnership(id: $partnershipId) {
      partners {
        id
        organisation
        status
      }
    }
    agreements(partnershipId: $partnershipId, first: 50) {
      edges {
        node {
          id
          title
          status
          localOutcomes {
            id
            title
            status
          }
        }
      }
    }
  }
`;

const FORM = 'propose';

type ProposeRoute = Extract<Route, { page: 'propose' }>;

/** A partner's representative or an officer proposes what a partner will do toward an outcome. */
export function ProposeCommitmentPage({
  session,
  route,
}: {
  session: Session;
  route: ProposeRoute;
}) {
  const { data, loading, error } = useQuery(PROPOSAL_CHOICES, {
    variables: { partnershipId: route.partnershipId },
  });
  const allowed = mayIssue(session, 'ProposeCommitment', { partnershipId: route.partnershipId });
  return (
    <>
      <h1 tabIndex={-1}>Propose a commitment</h1>
      {!allowed ? (
        <p>Your role may not propose commitments in this partnership.</p>
      ) : (
        <QueryState loading={loading && !data} error={error}>
          {() => data && <ProposalForm session={session} route={route} choices={data} />}
        </QueryState>
      )}
    </>
  );
}

function ProposalForm({
  session,
  route,
  choices,
}: {
  session: Session;
  route: ProposeRoute;
  choices: ProposalChoices;
}) {
  const { partnershipId } = route;
  const agreements = nodesOf(choices.agreements);
  const ownPartner = representedPartner(session, partnershipId);
  const partners = choices.partnership.partners.filter(
    (partner) => partner.status === 'current' && (!ownPartner || partner.id === ownPartner),
  );
  const [agreementId, setAgreementId] = useState(route.agreementId ?? agreements[0]?.id ?? '');
  const outcomes =
    agreements.find((agreement) => agreement.id === agreementId)?.localOutcomes ?? [];
  const [localOutcomeId, setLocalOutcomeId] = useState(
    route.localOutcomeId ?? outcomes[0]?.id ?? '',
  );
  const [leadPartnerId, setLeadPartnerId] = useState(partners[0]?.id ?? '');
  const [action, setAction] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [officerName, setOfficerName] = useState('');
  const [officerRole, setOfficerRole] = useState('');
  const [pounds, setPounds] = useState('0');
  const [fundingStream, setFundingStream] = useState('');
  const [staffFte, setStaffFte] = useState('0');
  const { run, errors, sending } = useCommand(PROPOSE_COMMITMENT);
  const submit = async () => {
    const commitmentId = newId('c');
    const money = { minorUnits: Math.round(Number(pounds) * 100), currency: 'GBP' };
    const fte = Number(staffFte);
    const sent = await run({
      commitmentId,
      partnershipId,
      agreementId,
      localOutcomeId,
      leadPartnerId,
      action,
      dueDate,
      accountableOfficer: { name: officerName, role: officerRole },
      // One party, the lead, carrying the whole of it; shared commitments name their shares later.
      parties: [{ partnerId: leadPartnerId, effortPercent: 100, staffFte: fte, money }],
      resources: { staffFte: fte, money, fundingStream: fundingStream || undefined },
    });
    if (sent) navigate({ page: 'commitment', partnershipId, commitmentId });
  };
  return (
    <form
      className="concordat-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary form={FORM} errors={errors} />
      <SelectField
        form={FORM}
        name="agreementId"
        label="Agreement"
        value={agreementId}
        onChange={(id) => {
          setAgreementId(id);
          setLocalOutcomeId(
            agreements.find((agreement) => agreement.id === id)?.localOutcomes[0]?.id ?? '',
          );
        }}
        options={agreements.map((agreement) => ({
          value: agreement.id,
          label: `${agreement.title} (${agreement.status})`,
        }))}
        errors={errors}
      />
      <SelectField
        form={FORM}
        name="localOutcomeId"
        label="Toward the local outcome"
        value={localOutcomeId}
        onChange={setLocalOutcomeId}
        options={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.title }))}
        errors={errors}
      />
      <SelectField
        form={FORM}
        name="leadPartnerId"
        label="Lead partner"
        value={leadPartnerId}
        onChange={setLeadPartnerId}
        options={partners.map((partner) => ({ value: partner.id, label: partner.organisation }))}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="action"
        label="What the partner will do"
        multiline
        value={action}
        onChange={setAction}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="dueDate"
        label="Due by"
        type="date"
        value={dueDate}
        onChange={setDueDate}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="accountableOfficer.name"
        label="Accountable officer"
        value={officerName}
        onChange={setOfficerName}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="accountableOfficer.role"
        label="Their role"
        value={officerRole}
        onChange={setOfficerRole}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="resources.money.minorUnits"
        label="Money pledged (£)"
        type="number"
        value={pounds}
        onChange={setPounds}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="resources.fundingStream"
        label="Funding stream"
        hint="Where the money comes from; needed when money is pledged."
        value={fundingStream}
        onChange={setFundingStream}
        errors={errors}
      />
      <TextField
        form={FORM}
        name="resources.staffFte"
        label="Staff time (full-time equivalent)"
        type="number"
        value={staffFte}
        onChange={setStaffFte}
        errors={errors}
      />
      <button className="ds_button" type="submit" disabled={sending}>
        Propose the commitment
      </button>
    </form>
  );
}
