import type { MapLegend } from './legend';
import { SCALE } from './build-option';

/** The map's colour legend where the option leaves room for it (SCALE): title, gradient, highest and lowest figure. */
export function MapLegendBox({ legend }: { legend: MapLegend }) {
  return (
    <div className="map-legend" data-testid="map-legend" style={{ left: 12 + SCALE.left, bottom: 12 + SCALE.bottom, width: SCALE.width, height: SCALE.height }}>
      <div className="map-legend-title">
        {legend.title[0]}
        {legend.title[1] ? <br /> : null}
        {legend.title[1]}
      </div>
      <div className="map-legend-scale">
        <div className="map-legend-bar" style={{ background: `linear-gradient(to top, ${legend.colours.join(', ')})` }} />
        <div className="map-legend-ends">
          <span>{legend.max}</span>
          <span>{legend.min}</span>
        </div>
      </div>
    </div>
  );
}
