import { useEffect, useState } from 'react';
import { NO_ERRORS, type CommandErrors } from '../forms/command-errors';
import { ErrorSummary, TextField } from '../forms/fields';
import { roleLabel, sessionFromToken, type Session } from '../session/session';

interface DemoToken {
  readonly role: string;
  readonly token: string;
}

/** The embedded demo offers a token per role; anywhere else the route does not exist. */
function useDemoTokens(): readonly DemoToken[] {
  const [tokens, setTokens] = useState<readonly DemoToken[]>([]);
  useEffect(() => {
    fetch('/demo/tokens')
      .then((response) => (response.ok ? (response.json() as Promise<DemoToken[]>) : []))
      .then(setTokens)
      .catch(() => setTokens([]));
  }, []);
  return tokens;
}

export function SignInPage({ onSignIn }: { onSignIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<CommandErrors>(NO_ERRORS);
  const demoTokens = useDemoTokens();
  useEffect(() => {
    document.title = 'Sign in: Concordat';
  }, []);
  const signInWith = (candidate: string) => {
    const session = sessionFromToken(candidate);
    if (session) onSignIn(session);
    else
      setErrors({
        fields: { token: 'Enter a Concordat bearer token (three parts separated by dots)' },
        general: [],
      });
  };
  return (
    <div className="ds_wrapper">
      <main className="ds_layout ds_layout--question-page" id="main-content">
        <div className="ds_layout__content">
          <h1>Sign in to Concordat</h1>
          <p className="ds_leader">
            Who committed to what under your community planning agreement, how it is going, and what
            the board decided.
          </p>
          <ErrorSummary form="sign-in" errors={errors} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              signInWith(token);
            }}
          >
            <TextField
              form="sign-in"
              name="token"
              label="Bearer token"
              hint="The token your partnership's administrator issued you (npx concordat token issue)."
              value={token}
              onChange={setToken}
              errors={errors}
            />
            <button className="ds_button" type="submit">
              Sign in
            </button>
          </form>
          {demoTokens.length > 0 && (
            <section aria-labelledby="demo-roles">
              <h2 id="demo-roles">Try the demo as</h2>
              <p>
                This server holds the Orkney demo story. Choose a role to see what it may see and
                do.
              </p>
              <ul className="ds_button-group concordat-demo-roles">
                {demoTokens.map((demo) => (
                  <li key={demo.role}>
                    <button
                      className="ds_button ds_button--secondary"
                      type="button"
                      onClick={() => signInWith(demo.token)}
                    >
                      {roleLabel(demo.role)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </main>
    </div>
  );
}
