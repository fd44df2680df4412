/**
 * A time per user (users interned as numbers), updated without allocating. A Map value that is not a
 * small integer — a millisecond timestamp is not — is a heap number in V8, so each update of a
 * Map<user, time> allocated one, and an old Map pointing at new numbers is extra work for every
 * garbage collection. Here the Map holds each user's slot, set once; the times live in a Float64Array.
 */
export class UserTimes {
  private readonly slots = new Map<number, number>();
  private times = new Float64Array(8);

  get size(): number {
    return this.slots.size;
  }

  get(user: number): number | undefined {
    const slot = this.slots.get(user);
    return slot === undefined ? undefined : this.times[slot];
  }

  keepEarliest(user: number, time: number): void {
    const slot = this.slots.get(user);
    if (slot === undefined) this.add(user, time);
    else if (time < (this.times[slot] as number)) this.times[slot] = time;
  }

  keepLatest(user: number, time: number): void {
    const slot = this.slots.get(user);
    if (slot === undefined) this.add(user, time);
    else if (time > (this.times[slot] as number)) this.times[slot] = time;
  }

  *entries(): Generator<[user: number, time: number]> {
    for (const [user, slot] of this.slots) yield [user, this.times[slot] as number];
  }

  values(): number[] {
    return Array.from(this.times.subarray(0, this.slots.size));
  }

  private add(user: number, time: number): void {
    const slot = this.slots.size;
    if (slot === this.times.length) {
      const grown = new Float64Array(slot * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[slot] = time;
    this.slots.set(user, slot);
  }
}
