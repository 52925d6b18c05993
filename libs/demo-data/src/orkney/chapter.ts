import type { DemoStep } from '../demo-step';

type Aggregate = DemoStep['aggregate'];
type CommandOf<A extends Aggregate> = Extract<DemoStep, { aggregate: A }>['command'];

type WithoutMetadata<C> = C extends { readonly type: infer T; readonly data: infer D }
  ? { readonly type: T; readonly data: D }
  : never;

/** A command of the aggregate as the story writes it: its type and data, metadata to come. */
export type Unissued<A extends Aggregate> = WithoutMetadata<CommandOf<A>>;

/** Who issued a command, and when (an ISO-8601 instant). */
export interface Issued {
  readonly by: string;
  readonly at: string;
}

/** `'2008-06-24 14:30'` as the instant it names, in UTC. */
export function instant(dateAndTime: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(dateAndTime);
  if (!match) throw new Error(`expected 'YYYY-MM-DD HH:MM', got '${dateAndTime}'`);
  return `${match[1]}T${match[2]}:00.000Z`;
}

/** Issued by `actor` at `dateAndTime` (`'YYYY-MM-DD HH:MM'`, UTC). */
export const by =
  (actor: string) =>
  (dateAndTime: string): Issued => ({ by: actor, at: instant(dateAndTime) });

/** The people who issue the story's commands. */
export const ACTOR = {
  officer: by('user:officer.orkney'),
  chair: by('user:chair.orkney'),
  councilChiefExecutive: by('user:chief-executive.orkney'),
  govOfficial: by('user:gov.official'),
  council: by('user:rep.orkney-council'),
  nhs: by('user:rep.nhs-orkney'),
  hie: by('user:rep.hie'),
  college: by('user:rep.orkney-college'),
  thirdSector: by('user:rep.voluntary-action-orkney'),
  fire: by('user:rep.hi-fire-and-rescue'),
} as const;

const STEPS_PER_CHAPTER = 99;

/**
 * One chapter of the story. Chapter 3 numbers its commands demo-0301 to demo-0399, and so on, so
 * the ids stay the same however the chapters interleave in time, and a store seeded twice
 * recognises each one.
 */
export class Chapter {
  private readonly recorded: DemoStep[] = [];

  constructor(
    private readonly number: number,
    private readonly correlationId: string,
  ) {}

  get steps(): readonly DemoStep[] {
    return this.recorded;
  }

  framework(command: Unissued<'framework'>, issued: Issued): void {
    this.record('framework', command, issued);
  }

  partnership(command: Unissued<'partnership'>, issued: Issued): void {
    this.record('partnership', command, issued);
  }

  agreement(command: Unissued<'agreement'>, issued: Issued): void {
    this.record('agreement', command, issued);
  }

  observation(command: Unissued<'observation'>, issued: Issued): void {
    this.record('observation', command, issued);
  }

  commitment(command: Unissued<'commitment'>, issued: Issued): void {
    this.record('commitment', command, issued);
  }

  meeting(command: Unissued<'meeting'>, issued: Issued): void {
    this.record('meeting', command, issued);
  }

  engagement(command: Unissued<'engagement'>, issued: Issued): void {
    this.record('engagement', command, issued);
  }

  private record<A extends Aggregate>(aggregate: A, unissued: Unissued<A>, issued: Issued): void {
    const sequence = this.recorded.length + 1;
    if (sequence > STEPS_PER_CHAPTER) {
      throw new Error(`chapter ${this.number} has more than ${STEPS_PER_CHAPTER} steps`);
    }
    const commandId = `demo-${String(this.number * 100 + sequence).padStart(4, '0')}`;
    const { type, data } = unissued as { readonly type: string; readonly data: object };
    const command = {
      type,
      data,
      metadata: {
        actor: issued.by,
        commandId,
        correlationId: this.correlationId,
        causationId: null,
        issuedAt: issued.at,
      },
    };
    this.recorded.push({ aggregate, command } as DemoStep);
  }
}
