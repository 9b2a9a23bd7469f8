import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

const WIDTH = 1920;
const HEIGHT = 1080;

function fitScale(): number {
  return Math.min(window.innerWidth / WIDTH, window.innerHeight / HEIGHT);
}

const StageScale = createContext(1);

/** How much the 1920×1080 stage is scaled on this screen (charts draw at that resolution). */
export function useStageScale(): number {
  return useContext(StageScale);
}

/** A 1920×1080 frame, scaled to fit the window and centred (letterboxed), like the wall screen. */
export function Stage({ children }: { children: ReactNode }) {
  const [scale, setScale] = useState(fitScale);

  useEffect(() => {
    const onResize = () => setScale(fitScale());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  return (
    <div className="viewport">
      <div className="stage" style={{ width: WIDTH, height: HEIGHT, transform: `translate(-50%, -50%) scale(${scale})` }}>
        <StageScale.Provider value={scale}>{children}</StageScale.Provider>
      </div>
    </div>
  );
}
