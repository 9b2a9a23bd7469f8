/**
 * The wall's dark theme, shared by every panel's chart option and DOM tile. Sizes are for a
 * 1920x1080 canvas read from several metres away: nothing smaller than 18 px.
 */
export interface WallTheme {
  /** Transparent: the page's own dark backdrop shows through every chart. */
  background: string;
  text: string;
  /** Secondary text (axis names, captions): the main colour, dimmed. */
  textMuted: string;
  accent: string;
  good: string;
  warn: string;
  bad: string;
  /** Missing or unknown status. */
  neutral: string;
  gridLine: string;
  /** Map areas with no figure: visibly "nothing here", not the palette's lowest step. */
  noData: string;
  /** Borders between map areas and around bars: the dark page colour, so shapes separate. */
  edge: string;
  /** Five steps from dark blue (least) to cyan (most), for the district map. */
  sequential: readonly [string, string, string, string, string];
  fontFamily: string;
  fontSize: { axis: number; label: number; title: number; tooltip: number };
}

export const darkTheme: WallTheme = {
  background: 'transparent',
  text: '#e6f1ff',
  textMuted: 'rgba(230,241,255,0.7)',
  accent: '#22d3ee',
  good: '#34d399',
  warn: '#fbbf24',
  bad: '#f87171',
  neutral: '#94a3b8',
  gridLine: 'rgba(255,255,255,0.08)',
  noData: 'rgba(148,163,184,0.18)',
  edge: '#0b1426',
  sequential: ['#1e3a8a', '#1d5fb4', '#0b84c6', '#0ea5d0', '#22d3ee'],
  fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  fontSize: { axis: 18, label: 20, title: 24, tooltip: 18 },
};
