/** A small seeded random source (mulberry32), so the same seed always gives the same demo data. */

const HEX = '0123456789abcdef';

/** Deterministic randomness for the demo generator. */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max` inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() needs a non-empty list.');
    return item;
  }

  /**
   * `count` distinct items of a list (or all of them when it is shorter): each draw picks a position among
   * the items not yet chosen. The list is never copied (the benchmark samples teams from 50,000 people).
   */
  sample<T>(items: readonly T[], count: number): T[] {
    const taken: number[] = []; // indexes into `items` already chosen, ascending
    const chosen: T[] = [];
    while (chosen.length < count && taken.length < items.length) {
      let index = this.int(0, items.length - taken.length - 1);
      let at = 0;
      for (; at < taken.length && taken[at]! <= index; at++) index++;
      taken.splice(at, 0, index);
      chosen.push(items[index] as T);
    }
    return chosen;
  }

  /** A version-4 UUID made from this source (deterministic, unlike crypto.randomUUID()). */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 32; i++) hex.push(HEX[this.int(0, 15)]!);
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
