import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IDENTIFIER, IDENTIFIER_MESSAGE } from '../graphql/command-input';

/** Points at a decision a board recorded: the meeting, and the decision within it. */
@InputType({ description: 'A decision recorded at a board meeting.' })
export class DecisionReferenceInput {
  @Field()
  @Matches(IDENTIFIER, { message: `meetingId ${IDENTIFIER_MESSAGE}` })
  meetingId!: string;

  @Field()
  @Matches(IDENTIFIER, { message: `decisionId ${IDENTIFIER_MESSAGE}` })
  decisionId!: string;
}
