import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import {
  meetingContextFrom,
  meetingDecider,
  meetingStreamId,
  type MeetingCommand,
  type MeetingContext,
  type MeetingEvent,
  type MeetingState,
} from '@concordat/domain';
import type { EventStore } from '@concordat/event-store';
import { EVENT_STORE } from '../event-store.module';
import { AggregateLookup } from '../shared/aggregate-lookup';
import { DeciderCommandHandler } from '../shared/decider-command-handler';
import { MeetingCommandMessage } from './meeting-command';

@CommandHandler(MeetingCommandMessage)
export class MeetingCommandHandler extends DeciderCommandHandler<
  MeetingState,
  MeetingCommand,
  MeetingEvent,
  MeetingContext | undefined
> {
  protected readonly decider = meetingDecider;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lookup: AggregateLookup,
  ) {
    super(store);
  }

  protected streamIdOf(command: MeetingCommand): string {
    return meetingStreamId(command.data.meetingId);
  }

  protected readonly aggregateName = 'meeting';

  protected aggregateIdOf(command: MeetingCommand): string {
    return command.data.meetingId;
  }

  /** Quorum is judged against the board as it stands when the meeting is recorded. */
  protected override async context(command: MeetingCommand): Promise<MeetingContext | undefined> {
    if (command.type !== 'HoldBoardMeeting') return undefined;
    return meetingContextFrom(await this.lookup.partnership(command.data.partnershipId));
  }
}
