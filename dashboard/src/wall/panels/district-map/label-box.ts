/**
 * How big a map label is drawn, worked out before ECharts draws it: label layout needs the
 * boxes of every label at once. Widths are those of Noto Sans CJK SC (the font the wall's
 * stack falls back to on Linux; measured in Chromium), where Chinese is one em a character.
 * PingFang SC and Microsoft YaHei set Chinese the same width; their Latin letters differ by
 * a few per cent, which the gap the layout keeps between labels absorbs.
 */
export interface LabelStyle {
  fontSize: number;
  lineHeight: number;
  /** The halo around the text, half of it on each side. */
  textBorderWidth: number;
}

export interface Size {
  width: number;
  height: number;
}

// Advance widths in em of the printable ASCII characters, from the space (32) on.
const ASCII_EM = [
  0.224, 0.323, 0.474, 0.555, 0.555, 0.921, 0.68, 0.278, 0.338, 0.338, 0.467, 0.555, 0.278, 0.347, 0.278, 0.392,
  0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.555, 0.278, 0.278, 0.555, 0.555, 0.555, 0.474,
  0.946, 0.608, 0.657, 0.638, 0.688, 0.589, 0.552, 0.689, 0.728, 0.293, 0.535, 0.646, 0.543, 0.812, 0.723, 0.742,
  0.633, 0.742, 0.635, 0.596, 0.599, 0.721, 0.575, 0.878, 0.573, 0.531, 0.603, 0.338, 0.392, 0.338, 0.555, 0.559,
  0.606, 0.563, 0.618, 0.51, 0.62, 0.554, 0.325, 0.564, 0.607, 0.275, 0.275, 0.552, 0.284, 0.926, 0.61, 0.606,
  0.62, 0.62, 0.388, 0.468, 0.377, 0.607, 0.521, 0.802, 0.498, 0.521, 0.475, 0.338, 0.27, 0.338, 0.555,
];

/** Width of one line of text in pixels: ASCII by the table, anything else (Chinese, "—") one em. */
export function textWidth(line: string, fontSize: number): number {
  let em = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    em += code >= 32 && code < 127 ? ASCII_EM[code - 32]! : 1;
  }
  return em * fontSize;
}

/** The box ECharts draws a (multi-line) label in: its widest line plus the halo, one line height per line. */
export function labelBox(text: string, style: LabelStyle): Size {
  const lines = text.split('\n');
  return {
    width: Math.max(...lines.map((line) => textWidth(line, style.fontSize))) + style.textBorderWidth,
    height: lines.length * style.lineHeight,
  };
}
