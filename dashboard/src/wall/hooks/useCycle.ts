import { useEffect, useState } from 'react';

/**
 * Counts 0, 1, … count−1, 0, … one step every `everyMs`, from one timer that stops with the
 * component; still at 0 while there is only one step.
 */
export function useCycle(count: number, everyMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(timer);
  }, [count, everyMs]);
  return count <= 1 ? 0 : tick % count;
}
