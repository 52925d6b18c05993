import { AccessDenied } from './access-denied';
import { authorizeOperation, OPERATION_POLICY, type Operation } from './operation-policy';
import { ANONYMOUS, systemPrincipal } from './principal';
import { ROLES } from './roles';

describe('authorizing an operation that is not a domain command', () => {
  const denialOf = (run: () => void) => {
    try {
      run();
      return 'allowed';
    } catch (error) {
      return error instanceof AccessDenied ? error.denial : 'thrown';
    }
  };

  it('allows exactly the roles its policy lists, asks the anonymous to sign in', () => {
    for (const operation of Object.keys(OPERATION_POLICY) as Operation[]) {
      for (const role of ROLES) {
        const grant =
          role.startsWith('partner') || role.startsWith('board')
            ? {
                role,
                partnershipId: 'p',
                ...(role === 'partner-representative' ? { partnerId: 'x' } : {}),
              }
            : { role };
        const principal = { kind: 'user' as const, actor: 'user:x', grants: [grant] };
        const listed = (OPERATION_POLICY[operation] as readonly string[]).includes(role);
        expect(denialOf(() => authorizeOperation(principal, operation))).toBe(
          listed ? 'allowed' : 'forbidden',
        );
      }
      expect(denialOf(() => authorizeOperation(ANONYMOUS, operation))).toBe('unauthenticated');
      expect(denialOf(() => authorizeOperation(systemPrincipal('system:cli'), operation))).toBe(
        'allowed',
      );
    }
  });

  it('gives the evidence bundle to those who audit and those who run the platform, no member', () => {
    expect(OPERATION_POLICY.downloadEvidence).toEqual(['platform-admin', 'auditor']);
  });
});
