import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type LayoutChoice, STANDARD_FRAME, type StageFrame, type WallLayout, chooseFrame, fitScale } from './stage-frame';

interface Fitted {
  frame: StageFrame;
  scale: number;
}

function fit(choice: LayoutChoice): Fitted {
  const size = { width: window.innerWidth, height: window.innerHeight };
  const frame = chooseFrame(size, choice);
  return { frame, scale: fitScale(frame, size) };
}

const StageFit = createContext<Fitted>({ frame: STANDARD_FRAME, scale: 1 });

/** How much the stage is scaled on this screen (charts draw at that resolution). */
export function useStageScale(): number {
  return useContext(StageFit).scale;
}

/** Which layout the stage has now: the 1920×1080 one or the wide one (see stage-frame.ts). */
export function useStageLayout(): WallLayout {
  return useContext(StageFit).frame.layout;
}

/**
 * The wall's frame, scaled to fit the window and centred (letterboxed): 1920×1080, or a wide
 * one on a wide wall. It is chosen again on every resize, so a window that turns wide
 * switches layout live.
 */
export function Stage({ layout = 'auto', children }: { layout?: LayoutChoice; children: ReactNode }) {
  const [fitted, setFitted] = useState(() => fit(layout));

  useEffect(() => {
    const onResize = () =>
      setFitted((last) => {
        const next = fit(layout);
        const same = next.scale === last.scale && next.frame.layout === last.frame.layout && next.frame.width === last.frame.width;
        return same ? last : next;
      });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [layout]);

  const { frame, scale } = fitted;
  return (
    <div className="viewport">
      <div className="stage" style={{ width: frame.width, height: frame.height, transform: `translate(-50%, -50%) scale(${scale})` }}>
        <StageFit.Provider value={fitted}>{children}</StageFit.Provider>
      </div>
    </div>
  );
}
