/**
 * Query answers kept while the read models stay where they were when the answers were read.
 * Each answer is kept under the stamp of the read models it was read from (see
 * `ProjectionRunner.readModelsStamp`), and all of them go as soon as a newer stamp is seen: an
 * answer can only change when a read model moves. Bounded by the size of the answers' JSON,
 * the least recently used going first.
 */
export class AnswerCache<Answer> {
  private stamp = -1;
  private readonly answers = new Map<string, { readonly answer: Answer; readonly size: number }>();
  private size = 0;

  constructor(private readonly budget: number) {}

  /** The answer kept for `key` at `stamp`, if any; forgets every answer of an older stamp. */
  get(stamp: number, key: string): Answer | undefined {
    this.moveTo(stamp);
    const kept = stamp === this.stamp ? this.answers.get(key) : undefined;
    if (kept === undefined) return undefined;
    this.answers.delete(key);
    this.answers.set(key, kept);
    return kept.answer;
  }

  /**
   * Keeps an answer read at `stamp` whose JSON is `size` long, unless a newer stamp has been seen
   * since or the answer would take more than an eighth of the budget (it would push out many).
   */
  set(stamp: number, key: string, answer: Answer, size: number): void {
    this.moveTo(stamp);
    if (stamp !== this.stamp || size > this.budget / 8) return;
    this.forget(key);
    this.answers.set(key, { answer, size });
    this.size += size;
    for (const oldest of this.answers.keys()) {
      if (this.size <= this.budget) break;
      this.forget(oldest);
    }
  }

  clear(): void {
    this.answers.clear();
    this.size = 0;
  }

  /** The size of the answers kept, as their JSON's length. */
  get keptSize(): number {
    return this.size;
  }

  private forget(key: string): void {
    const kept = this.answers.get(key);
    if (kept === undefined) return;
    this.answers.delete(key);
    this.size -= kept.size;
  }

  private moveTo(stamp: number): void {
    if (stamp <= this.stamp) return;
    this.clear();
    this.stamp = stamp;
  }
}
