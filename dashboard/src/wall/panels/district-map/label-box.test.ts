import { describe, expect, it } from 'vitest';
import { labelBox, textWidth } from './label-box';

// The map's label style, and boxes of labels as Chromium drew them on the 1920x1080 wall
// (read from ECharts' text elements in test/e2e/wall-map-labels.test.ts).
const style = { fontSize: 20, lineHeight: 26, textBorderWidth: 3 };

describe('labelBox', () => {
  it('sizes 沙市区\'s label with its slots as Chromium draws it: 77.4 by 52 pixels', () => {
    const box = labelBox('沙市区\n2,460 个', style);
    expect(box.width).toBeCloseTo(77.4, 0);
    expect(box.height).toBe(52);
  });

  it('sizes English labels as Chromium draws them, to within two pixels', () => {
    const drawn: [string, number][] = [
      ['Jingzhou District\n1,520', 159.3],
      ["Gong'an County\n2,010", 153.1],
      ['Jianli City\n2,956', 94.5],
      ['Jiangling County\n1,130', 160.3],
    ];
    for (const [text, width] of drawn) expect(Math.abs(labelBox(text, style).width - width), text).toBeLessThanOrEqual(2);
  });

  it('counts a Chinese character as one em, a digit as a little more than half of one', () => {
    expect(textWidth('荆州区', 20)).toBe(60);
    expect(textWidth('0', 20)).toBeCloseTo(11.1);
  });
});
