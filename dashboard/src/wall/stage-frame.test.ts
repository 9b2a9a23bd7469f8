import { describe, expect, it } from 'vitest';
import { STANDARD_FRAME, chooseFrame, coverage, fitScale, wideFrame } from './stage-frame';

describe('chooseFrame with ?layout=auto', () => {
  it('keeps the 1920x1080 stage on a 16:9 screen at any resolution', () => {
    for (const window of [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }, { width: 1280, height: 720 }]) {
      expect(chooseFrame(window, 'auto')).toEqual(STANDARD_FRAME);
    }
  });

  it('keeps the standard stage on 16:10 and 4:3 screens, which are narrower than 16:9', () => {
    expect(chooseFrame({ width: 1920, height: 1200 }, 'auto').layout).toBe('standard');
    expect(chooseFrame({ width: 1024, height: 768 }, 'auto').layout).toBe('standard');
  });

  it('uses a 3840x1080 wide stage on a 32:9 wall, at 3840x1080 and at 7680x2160', () => {
    expect(chooseFrame({ width: 3840, height: 1080 }, 'auto')).toEqual({ layout: 'wide', width: 3840, height: 1080 });
    expect(chooseFrame({ width: 7680, height: 2160 }, 'auto')).toEqual({ layout: 'wide', width: 3840, height: 1080 });
  });

  it('uses a 2880x1080 wide stage on an 8:3 wall of 5760x2160', () => {
    expect(chooseFrame({ width: 5760, height: 2160 }, 'auto')).toEqual({ layout: 'wide', width: 2880, height: 1080 });
  });

  it('uses a 5760x1080 wide stage on a 48:9 wall of 5760x1080', () => {
    expect(chooseFrame({ width: 5760, height: 1080 }, 'auto')).toEqual({ layout: 'wide', width: 5760, height: 1080 });
  });

  it('switches to the wide stage between 16:9 and 8:3, where it starts to cover more of the window', () => {
    expect(chooseFrame({ width: 2150, height: 1000 }, 'auto').layout).toBe('standard');
    expect(chooseFrame({ width: 2200, height: 1000 }, 'auto').layout).toBe('wide');
  });

  it('takes the wide stage on a 21:9 monitor (3440x1440), which it covers 89% of against 74% for 16:9', () => {
    const window = { width: 3440, height: 1440 };
    expect(chooseFrame(window, 'auto').layout).toBe('wide');
    expect(coverage(chooseFrame(window, 'auto'), window)).toBeCloseTo(0.896, 2);
    expect(coverage(STANDARD_FRAME, window)).toBeCloseTo(0.744, 2);
  });

  it('falls back to the standard stage for a window with no size yet', () => {
    expect(chooseFrame({ width: 0, height: 0 }, 'auto')).toEqual(STANDARD_FRAME);
  });
});

describe('chooseFrame with a layout named in the URL', () => {
  it('uses the standard stage with ?layout=standard even on a 32:9 wall', () => {
    expect(chooseFrame({ width: 3840, height: 1080 }, 'standard')).toEqual(STANDARD_FRAME);
  });

  it('uses the narrowest wide stage (2880x1080) with ?layout=wide on a 16:9 screen', () => {
    expect(chooseFrame({ width: 1920, height: 1080 }, 'wide')).toEqual({ layout: 'wide', width: 2880, height: 1080 });
  });
});

describe('wideFrame and fitScale', () => {
  it('never makes the wide stage wider than 5760 on an even wider window, and letterboxes it instead', () => {
    const window = { width: 7680, height: 1080 };
    const frame = wideFrame(window);
    expect(frame.width).toBe(5760);
    expect(fitScale(frame, window)).toBe(1);
  });

  it('fills a 32:9 wall of 7680x2160 exactly: the stage is scaled by 2 both ways', () => {
    const window = { width: 7680, height: 2160 };
    const frame = wideFrame(window);
    expect(frame.width * fitScale(frame, window)).toBe(7680);
    expect(frame.height * fitScale(frame, window)).toBe(2160);
  });

  it('leaves at most a pixel of black beside a wide stage whose width was rounded (3841x1081)', () => {
    const window = { width: 3841, height: 1081 };
    const frame = wideFrame(window);
    const scale = fitScale(frame, window);
    expect(window.width - frame.width * scale).toBeLessThanOrEqual(1);
    expect(window.height - frame.height * scale).toBeLessThanOrEqual(1);
  });
});
