import { useEffect, type ReactNode } from 'react';
import { hrefTo, type Route } from '../routing/route';
import { mayIssue } from '../session/permissions';
import { roleLabel, rolesOf, type Session } from '../session/session';
import { LiveUpdates } from './live-updates';

const SECTIONS = [
  ['overview', 'Overview'],
  ['matrix', 'Accountability matrix'],
  ['meetings', 'Meetings and decisions'],
  ['changes', 'Changes'],
  ['audit', 'Audit'],
] as const;

/** The design system's page frame: skip link, header with who is signed in, navigation, footer. */
export function Layout({
  session,
  route,
  onSignOut,
  children,
}: {
  session: Session;
  route: Route;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const partnershipId = route.page === 'home' ? undefined : route.partnershipId;
  const readsPartnership = rolesOf(session).some((role) => role !== 'public');
  useFocusOnNewPage(route);
  return (
    <>
      <div className="ds_skip-links">
        <ul className="ds_skip-links__list">
          <li className="ds_skip-links__item">
            <a className="ds_skip-links__link" href="#main-content" onClick={skipToMain}>
              Skip to main content
            </a>
          </li>
        </ul>
      </div>
      <header className="ds_site-header" role="banner">
        <div className="ds_wrapper">
          <div className="ds_site-header__content concordat-header">
            <a className="concordat-brand" href={hrefTo({ page: 'home' })}>
              Concordat
            </a>
            <p className="concordat-signed-in">
              Signed in as <strong>{session.actor}</strong> (
              {rolesOf(session).map(roleLabel).join(', ')}){' '}
              <button
                className="ds_button ds_button--small ds_button--secondary"
                type="button"
                onClick={onSignOut}
              >
                Sign out
              </button>
            </p>
          </div>
        </div>
        {partnershipId && readsPartnership && (
          <nav className="ds_site-navigation concordat-navigation" aria-label="Main">
            <div className="ds_wrapper">
              <ul className="ds_site-navigation__list">
                {SECTIONS.map(([page, label]) => (
                  <li className="ds_site-navigation__item" key={page}>
                    <a
                      className="ds_site-navigation__link"
                      href={hrefTo({ page, partnershipId })}
                      aria-current={route.page === page ? 'page' : undefined}
                    >
                      {label}
                    </a>
                  </li>
                ))}
                {mayIssue(session, 'ProposeCommitment', { partnershipId }) && (
                  <li className="ds_site-navigation__item">
                    <a
                      className="ds_site-navigation__link"
                      href={hrefTo({ page: 'propose', partnershipId })}
                      aria-current={route.page === 'propose' ? 'page' : undefined}
                    >
                      Propose a commitment
                    </a>
                  </li>
                )}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <div className="ds_wrapper">
        {partnershipId && readsPartnership && <LiveUpdates partnershipId={partnershipId} />}
        <main className="concordat-main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="ds_site-footer">
        <div className="ds_wrapper">
          <p>
            Concordat keeps the record of community planning commitments as an append-only,
            verifiable log.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The fragment drives the pages, so the skip link moves the focus instead of navigating. */
function skipToMain(event: { preventDefault: () => void }) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

/** After a move to another page, its heading takes the focus, so screen readers announce it. */
function useFocusOnNewPage(route: Route) {
  const key = JSON.stringify(route);
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    document.title = `${heading?.textContent ?? 'Concordat'}: Concordat`;
    heading?.focus();
  }, [key]);
}
