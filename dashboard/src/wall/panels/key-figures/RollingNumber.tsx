import { useEffect, useRef, useState } from 'react';
import { rollingValue } from './rolling-value';

const ROLL_MS = 900;

/**
 * A number that rolls from its previous value to the new one. One animation frame loop
 * while rolling, none at rest, so an idle screen does no work.
 */
export function RollingNumber({ value, format }: { value: number | null; format: (value: number | null) => string }) {
  const [shown, setShown] = useState(value);
  const from = useRef(value);
  useEffect(() => {
    if (value === null || from.current === null) {
      from.current = value;
      setShown(value);
      return;
    }
    const start = performance.now();
    const origin = from.current;
    let frame = 0;
    const step = (now: number) => {
      const current = rollingValue(origin, value, now - start, ROLL_MS);
      setShown(current);
      if (current !== value) frame = requestAnimationFrame(step);
      else from.current = value;
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      from.current = value;
    };
  }, [value]);
  return <>{format(shown)}</>;
}
