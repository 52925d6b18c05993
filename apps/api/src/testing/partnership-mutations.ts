import { graphql } from './graphql-client';

/** Sends one mutation about a partnership (its `input` of type `inputType`), as the server's token. */
export type PartnershipMutation = (
  mutation: string,
  inputType: string,
  data: Record<string, unknown>,
) => Promise<void>;

/** Mutations about one partnership that fail the test with the server's errors if refused. */
export function partnershipMutations(url: string, partnershipId: string): PartnershipMutation {
  return async (mutation, inputType, data) => {
    const result = await graphql(
      url,
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { revision } }`,
      { input: { partnershipId, ...data } },
    );
    if (result.errors) throw new Error(`${mutation} refused: ${JSON.stringify(result.errors)}`);
  };
}

/** An Orkney partnership named `name`, with NHS Orkney its one partner. */
export async function establishWithNhsOrkney(
  send: PartnershipMutation,
  name: string,
): Promise<void> {
  await send('establishPartnership', 'EstablishPartnershipInput', {
    name,
    councilArea: 'Orkney Islands',
    quorum: { minimumMembersPresent: 2, chairMustAttend: false },
  });
  await send('admitPartner', 'AdmitPartnerInput', {
    partnerId: 'nhs',
    organisation: 'NHS Orkney',
    sector: 'health_board',
  });
}
