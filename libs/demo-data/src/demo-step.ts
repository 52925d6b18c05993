import type {
  AgreementCommand,
  CommitmentCommand,
  EngagementCommand,
  FrameworkVersionCommand,
  IndicatorObservationCommand,
  MeetingCommand,
  PartnershipCommand,
} from '@concordat/domain';

/** One command of the demo story, tagged with the aggregate that handles it. */
export type DemoStep =
  | { readonly aggregate: 'framework'; readonly command: FrameworkVersionCommand }
  | { readonly aggregate: 'partnership'; readonly command: PartnershipCommand }
  | { readonly aggregate: 'agreement'; readonly command: AgreementCommand }
  | { readonly aggregate: 'observation'; readonly command: IndicatorObservationCommand }
  | { readonly aggregate: 'commitment'; readonly command: CommitmentCommand }
  | { readonly aggregate: 'meeting'; readonly command: MeetingCommand }
  | { readonly aggregate: 'engagement'; readonly command: EngagementCommand };
