import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { type ApiConnection, connectToApi } from './api/client';
import { Layout } from './components/layout';
import { AgreementPage } from './pages/agreement-page';
import { AuditPage } from './pages/audit-page';
import { ChangesPage } from './pages/changes-page';
import { CommitmentPage } from './pages/commitment-page';
import { HomePage } from './pages/home-page';
import { MatrixPage } from './pages/matrix-page';
import { MeetingsPage } from './pages/meetings-page';
import { OverviewPage } from './pages/overview-page';
import { ProposeCommitmentPage } from './pages/propose-commitment-page';
import { SignInPage } from './pages/sign-in-page';
import type { Route } from './routing/route';
import { useRoute } from './routing/use-route';
import { rememberSession, rememberedSession, type Session } from './session/session';

interface SignedInState {
  readonly session: Session;
  readonly api: ApiConnection;
}

function signedIn(session: Session | undefined): SignedInState | undefined {
  return session && { session, api: connectToApi(session.token) };
}

export function App() {
  const [state, setState] = useState(() => signedIn(rememberedSession()));
  const signIn = (session: Session) => {
    rememberSession(session);
    setState(signedIn(session));
  };
  const signOut = () => {
    state?.api.close();
    rememberSession(undefined);
    setState(undefined);
  };
  if (!state) return <SignInPage onSignIn={signIn} />;
  return (
    <ApolloProvider client={state.api.client}>
      <SignedIn session={state.session} onSignOut={signOut} />
    </ApolloProvider>
  );
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const route = useRoute();
  return (
    <Layout session={session} route={route} onSignOut={onSignOut}>
      <Page session={session} route={route} />
    </Layout>
  );
}

function Page({ session, route }: { session: Session; route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage session={session} />;
    case 'overview':
      return <OverviewPage route={route} />;
    case 'matrix':
      return <MatrixPage route={route} />;
    case 'agreement':
      return <AgreementPage session={session} route={route} />;
    case 'commitment':
      return <CommitmentPage session={session} route={route} />;
    case 'propose':
      return <ProposeCommitmentPage session={session} route={route} />;
    case 'meetings':
      return <MeetingsPage session={session} route={route} />;
    case 'changes':
      return <ChangesPage route={route} />;
    case 'audit':
      return <AuditPage session={session} route={route} />;
  }
}
