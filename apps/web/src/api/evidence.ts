/** Where the API serves a partnership's evidence bundle (a gzip'd tar of one directory). */
export function evidenceBundlePath(partnershipId: string): string {
  return `/evidence/${encodeURIComponent(partnershipId)}.tar.gz`;
}

/** The directory the bundle unpacks into, which `concordat audit verify --bundle` is given. */
export function evidenceBundleDirectory(partnershipId: string): string {
  return `evidence-${partnershipId}`;
}

/**
 * Downloads the bundle with the session's token; a refusal is thrown with the server's own words
 * (the same errors and codes as GraphQL's).
 */
export async function fetchEvidenceBundle(token: string, partnershipId: string): Promise<Blob> {
  const response = await fetch(evidenceBundlePath(partnershipId), {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(await refusalOf(response));
  return response.blob();
}

async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as
    { errors?: readonly { message?: string }[] } | undefined;
  return body?.errors?.[0]?.message ?? `the server answered ${response.status}`;
}
