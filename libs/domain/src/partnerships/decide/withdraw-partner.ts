import type { WithdrawPartner } from '../partnership.commands';
import type { PartnerWithdrawn } from '../partnership.events';
import { ensureText } from '../../shared/field-rules';
import { ensureCurrentPartner, ensureEstablished, PartnershipRule } from '../partnership.rules';
import type { PartnershipState } from '../partnership.state';

/**
 * The partner's open commitments are flagged for the board by a reaction to PartnerWithdrawn, in
 * the commitments slice: a partnership does not reach into other aggregates.
 */
export function withdrawPartner(
  command: WithdrawPartner,
  state: PartnershipState,
): [PartnerWithdrawn] {
  const partnership = ensureEstablished(state);
  ensureCurrentPartner(
    partnership,
    command.data.partnerId,
    PartnershipRule.OnlyACurrentPartnerCanWithdraw,
  );
  ensureText(command.data.reason, 'reason');
  return [{ type: 'PartnerWithdrawn', schemaVersion: 1, data: { ...command.data } }];
}
