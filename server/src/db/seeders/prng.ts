// A small seeded pseudo-random number generator (mulberry32) and helpers on top of it, so the
// demo data set is the same every time it is built: no Math.random anywhere.

/** Returns a number in [0, 1), like Math.random. */
export type Rng = () => number;

/** mulberry32: a tiny 32-bit generator, plenty for made-up demo figures. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to turn a label into a seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A generator seeded by a label, e.g. rngFor('institutions', '421002'). Each part of the data
 * set draws from its own stream, so changing one part never shifts the numbers of another.
 */
export function rngFor(...parts: readonly (string | number)[]): Rng {
  return mulberry32(hashSeed(parts.join('|')));
}

/** A float in [min, max). */
export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** An integer in [min, max], both ends included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick() needs at least one item');
  return item;
}

/** Picks from [item, weight] pairs in proportion to the weights. */
export function pickWeighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let r = rng() * total;
  for (const [item, weight] of choices) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted() needs at least one choice');
  return last[0];
}
