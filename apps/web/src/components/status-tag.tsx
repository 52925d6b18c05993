/** Every status is written out in words; the colour only repeats what the words say. */
type TagColour = 'green' | 'yellow' | 'orange' | 'red' | 'blue' | 'grey' | 'purple';

const COMMITMENT_STATUS: Readonly<Record<string, readonly [string, TagColour]>> = {
  proposed: ['Proposed', 'purple'],
  accepted: ['Accepted', 'blue'],
  delivered: ['Delivered', 'green'],
  rejected: ['Rejected', 'grey'],
  lapsed: ['Lapsed', 'orange'],
  withdrawn: ['Withdrawn', 'grey'],
};

const PROGRESS: Readonly<Record<string, readonly [string, TagColour]>> = {
  on_track: ['On track', 'green'],
  at_risk: ['At risk', 'yellow'],
  off_track: ['Off track', 'red'],
};

const RAG: Readonly<Record<string, readonly [string, TagColour]>> = {
  green: ['Green: on course', 'green'],
  amber: ['Amber: behind', 'yellow'],
  red: ['Red: off course', 'red'],
};

function Tag({ entry, fallback }: { entry?: readonly [string, TagColour]; fallback: string }) {
  const [text, colour] = entry ?? [fallback, 'grey'];
  return <span className={`ds_tag ds_tag--${colour}`}>{text}</span>;
}

export function CommitmentStatusTag({ status }: { status: string }) {
  return <Tag entry={COMMITMENT_STATUS[status]} fallback={status} />;
}

export function ProgressTag({ status }: { status: string | null | undefined }) {
  if (!status) return <Tag fallback="No progress reported" />;
  return <Tag entry={PROGRESS[status]} fallback={status} />;
}

export function RagTag({ rag }: { rag: string | null | undefined }) {
  if (!rag) return <Tag fallback="No RAG yet" />;
  return <Tag entry={RAG[rag]} fallback={rag} />;
}

export function progressLabel(status: string): string {
  return PROGRESS[status]?.[0] ?? status;
}
