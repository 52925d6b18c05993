import type { SetQuorumRule } from '../partnership.commands';
import type { QuorumRuleSet } from '../partnership.events';
import { ensureEstablished, ensureValidQuorum } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

export function setQuorumRule(command: SetQuorumRule, state: PartnershipState): [QuorumRuleSet] {
  ensureEstablished(state);
  ensureValidQuorum(command.data.quorum);
  return [{ type: 'QuorumRuleSet', schemaVersion: 1, data: { ...command.data } }];
}
