/**
 * Which stage the wall is drawn on, from the window's shape. The standard stage is the
 * 1920×1080 (16:9) screen. Splicing and LED walls are often much wider (32:9 = 3840×1080 or
 * 7680×2160, 8:3 = 5760×2160, 48:9 = 5760×1080): for those the wide stage is 1080 high and
 * as wide as the window's shape asks, from 8:3 (2880) to 16:3 (5760), so such walls are
 * filled edge to edge instead of showing a 16:9 picture between black bands.
 */

export type WallLayout = 'standard' | 'wide';
/** What the URL asks for (`?layout=`): a layout, or `auto` to follow the window. */
export type LayoutChoice = WallLayout | 'auto';

export interface StageFrame {
  layout: WallLayout;
  /** The stage's design size in CSS pixels, before it is scaled to the window. */
  width: number;
  height: number;
}

export interface WindowSize {
  width: number;
  height: number;
}

export const STANDARD_FRAME: StageFrame = { layout: 'standard', width: 1920, height: 1080 };
/** The wide stage's height, and the narrowest and widest it gets. */
export const WIDE_HEIGHT = 1080;
export const WIDE_MIN_WIDTH = 2880;
export const WIDE_MAX_WIDTH = 5760;

/** The wide stage for a window of this shape: its width follows the window's aspect ratio within its range. */
export function wideFrame(window: WindowSize): StageFrame {
  const wanted = window.height > 0 ? Math.round((WIDE_HEIGHT * window.width) / window.height) : WIDE_MIN_WIDTH;
  return { layout: 'wide', width: Math.min(WIDE_MAX_WIDTH, Math.max(WIDE_MIN_WIDTH, wanted)), height: WIDE_HEIGHT };
}

/** How much a frame is scaled to fit the window (it is centred; what is left over is black). */
export function fitScale(frame: StageFrame, window: WindowSize): number {
  return Math.min(window.width / frame.width, window.height / frame.height);
}

/** The share of the window a frame covers once fitted, from 0 to 1. */
export function coverage(frame: StageFrame, window: WindowSize): number {
  if (window.width <= 0 || window.height <= 0) return 0;
  const scale = fitScale(frame, window);
  return (frame.width * scale * frame.height * scale) / (window.width * window.height);
}

/**
 * The frame for this window: the one asked for, or with `auto` the one that leaves the
 * least of the window black (standard on a tie). That is the wide stage from an aspect ratio
 * of about 2.18 (√(16/9 × 8/3)): 21:9 monitors (2.33–2.39) already show more with it.
 */
export function chooseFrame(window: WindowSize, choice: LayoutChoice): StageFrame {
  if (choice === 'standard') return STANDARD_FRAME;
  const wide = wideFrame(window);
  if (choice === 'wide') return wide;
  return coverage(wide, window) > coverage(STANDARD_FRAME, window) ? wide : STANDARD_FRAME;
}
