/**
 * Pages are addressed by the URL's fragment (`#/orkney-cpp/matrix?asOf=2009-06-30`), so the API
 * serves one file for every page and a link can be shared or bookmarked.
 */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'overview'; readonly partnershipId: string }
  | {
      readonly page: 'matrix';
      readonly partnershipId: string;
      readonly agreementId?: string;
      readonly asOf?: string;
    }
  | {
      readonly page: 'agreement';
      readonly partnershipId: string;
      readonly agreementId: string;
      readonly asOf?: string;
    }
  | { readonly page: 'commitment'; readonly partnershipId: string; readonly commitmentId: string }
  | {
      readonly page: 'propose';
      readonly partnershipId: string;
      readonly agreementId?: string;
      readonly localOutcomeId?: string;
    }
  | { readonly page: 'meetings'; readonly partnershipId: string }
  | {
      readonly page: 'changes';
      readonly partnershipId: string;
      readonly from?: string;
      readonly to?: string;
    }
  | { readonly page: 'audit'; readonly partnershipId: string };

/** The pages addressed by a section of the partnership's path, without an id. */
type SectionPage = 'overview' | 'matrix' | 'propose' | 'meetings' | 'changes' | 'audit';

const SECTION_PAGES: Readonly<Record<string, SectionPage>> = {
  '': 'overview',
  matrix: 'matrix',
  propose: 'propose',
  meetings: 'meetings',
  changes: 'changes',
  audit: 'audit',
};

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [partnershipId, section = '', id] = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const param = (name: string) => params.get(name) || undefined;
  if (!partnershipId) return { page: 'home' };
  if (section === 'agreements' && id) {
    return { page: 'agreement', partnershipId, agreementId: id, asOf: param('asOf') };
  }
  if (section === 'commitments' && id) {
    return { page: 'commitment', partnershipId, commitmentId: id };
  }
  const page: SectionPage = SECTION_PAGES[section] ?? 'overview';
  switch (page) {
    case 'matrix':
      return {
        page: 'matrix',
        partnershipId,
        agreementId: param('agreement'),
        asOf: param('asOf'),
      };
    case 'propose':
      return {
        page: 'propose',
        partnershipId,
        agreementId: param('agreement'),
        localOutcomeId: param('outcome'),
      };
    case 'meetings':
      return { page: 'meetings', partnershipId };
    case 'changes':
      return {
        page: 'changes',
        partnershipId,
        from: param('from'),
        to: param('to'),
      };
    case 'audit':
      return { page: 'audit', partnershipId };
    case 'overview':
      return { page: 'overview', partnershipId };
  }
}

export function hrefTo(route: Route): string {
  if (route.page === 'home') return '#/';
  const base = `#/${encodeURIComponent(route.partnershipId)}`;
  switch (route.page) {
    case 'overview':
      return base;
    case 'matrix':
      return `${base}/matrix${query({ agreement: route.agreementId, asOf: route.asOf })}`;
    case 'agreement':
      return `${base}/agreements/${encodeURIComponent(route.agreementId)}${query({ asOf: route.asOf })}`;
    case 'commitment':
      return `${base}/commitments/${encodeURIComponent(route.commitmentId)}`;
    case 'propose':
      return `${base}/propose${query({ agreement: route.agreementId, outcome: route.localOutcomeId })}`;
    case 'meetings':
      return `${base}/meetings`;
    case 'changes':
      return `${base}/changes${query({ from: route.from, to: route.to })}`;
    case 'audit':
      return `${base}/audit`;
  }
}

function query(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
