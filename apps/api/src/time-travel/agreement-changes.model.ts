import { Field, ObjectType } from '@nestjs/graphql';
import type { AgreementState } from '@concordat/domain';
import type { JsonValue } from '@concordat/shared-kernel';
import type { StreamChange, StreamChanges } from '@concordat/time-travel';
import { JsonScalar } from '../graphql/json.scalar';
import {
  DecisionReferenceModel,
  RecordedEventModel,
  toDecisionReference,
  toRecordedEvent,
} from './recorded-event.model';

@ObjectType('FieldChange', { description: 'One field that an event changed.' })
export class FieldChangeModel {
  @Field({
    description: 'Dotted, through lists by id: e.g. localOutcomes.lo-jobs.title, status.',
  })
  path!: string;

  @Field(() => JsonScalar, { nullable: true, description: 'Null where there was none.' })
  before!: JsonValue;

  @Field(() => JsonScalar, { nullable: true, description: 'Null where there is none.' })
  after!: JsonValue;
}

@ObjectType('AgreementChange', {
  description: 'What one event changed in an agreement, who caused it, and on whose authority.',
})
export class AgreementChangeModel {
  @Field(() => RecordedEventModel)
  event!: RecordedEventModel;

  @Field(() => DecisionReferenceModel, {
    nullable: true,
    description:
      'The board decision the event cites: every change once the agreement is agreed, its ' +
      'supersession and closure; null for changes to a draft.',
  })
  decision!: DecisionReferenceModel | null;

  @Field(() => [FieldChangeModel], {
    description: 'Every field it changed, in the order of the agreement’s fields.',
  })
  fields!: FieldChangeModel[];

  /** The folded states either side, mapped only when `before` or `after` is asked for. */
  folded!: Pick<StreamChange<AgreementState>, 'before' | 'after'>;
}

@ObjectType('AgreementChanges', {
  description: 'Every event that changed an agreement after one point up to another, in order.',
})
export class AgreementChangesModel {
  @Field()
  agreementId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The revision changes are counted from (excluded); null before the draft.',
  })
  fromRevision!: string | null;

  @Field({ description: 'The revision they are counted to (included).' })
  toRevision!: string;

  @Field(() => [AgreementChangeModel])
  events!: AgreementChangeModel[];
}

export function toAgreementChanges(
  agreementId: string,
  { from, to, changes }: StreamChanges<AgreementState>,
): AgreementChangesModel {
  return {
    agreementId,
    fromRevision: from?.revision.toString() ?? null,
    toRevision: to.revision.toString(),
    events: changes.map((change) => ({
      event: toRecordedEvent(change.event),
      decision: toDecisionReference(change.decision),
      fields: change.fields.map(({ path, before, after }) => ({ path, before, after })),
      folded: { before: change.before, after: change.after },
    })),
  };
}
