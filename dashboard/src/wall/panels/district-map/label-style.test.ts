import { describe, expect, it } from 'vitest';
import { mapLabelStyle } from './label-style';
import { WALL_MAP_SIZE, WIDE_WALL_MAP_SIZES } from './map-fixtures';

describe('mapLabelStyle', () => {
  it('sets the labels of the 1920x1080 wall’s map at the theme’s 20 px on 26 px lines, as before the wide wall', () => {
    expect(mapLabelStyle(WALL_MAP_SIZE, 20)).toEqual({ fontSize: 20, lineHeight: 26, textBorderWidth: 3 });
  });

  it('sets them at 26 px on 34 px lines on the full-height map of every wide wall', () => {
    for (const size of Object.values(WIDE_WALL_MAP_SIZES)) expect(mapLabelStyle(size, 20)).toEqual({ fontSize: 26, lineHeight: 34, textBorderWidth: 3 });
  });

  it('grows them in step with the map’s height between the two, and never shrinks them below the theme’s size', () => {
    expect(mapLabelStyle({ width: 900, height: 736 }, 20).fontSize).toBe(23);
    expect(mapLabelStyle({ width: 300, height: 200 }, 20).fontSize).toBe(20);
  });
});
