import { css, unsafeCSS } from 'lit';
import { aspectRatio, LEGEND, MAP_BOX } from '../core/theme/metrics.js';

export const mapStyles = css`
  .frame {
    --_land: var(--lede-map-land, #e4e7eb);
    --_coast: var(--lede-map-coast, #848d97);
    --_neighbours: var(--lede-map-neighbours, #f1f2f4);
    --_neighbour-coast: var(--lede-map-neighbour-coast, #d3d7dc);
    --_water: var(--lede-map-water, #ffffff);
    --_operating: var(--lede-map-operating, #0b5cad);
    --_construction: var(--lede-map-construction, #a35200);
    --_planned: var(--lede-map-planned, #7b3fa0);
    --_other: var(--lede-map-other, #5f6368);
  }
  .frame.dark {
    --_land: var(--lede-map-land, #2b3036);
    --_coast: var(--lede-map-coast, #6b7580);
    --_neighbours: var(--lede-map-neighbours, #1e2125);
    --_neighbour-coast: var(--lede-map-neighbour-coast, #363c43);
    --_water: var(--lede-map-water, #16181b);
    --_operating: var(--lede-map-operating, #6cb2ff);
    --_construction: var(--lede-map-construction, #f0a050);
    --_planned: var(--lede-map-planned, #cf9cf0);
    --_other: var(--lede-map-other, #a8adb3);
  }
  .frame {
    --_aspect: ${unsafeCSS(`var(--lede-map-aspect-ratio, ${aspectRatio(MAP_BOX)})`)};
    --_max-height: ${unsafeCSS(`var(--lede-map-max-height, ${MAP_BOX.maxHeight}px)`)};
  }
  @media print {
    .frame,
    .frame.dark {
      --_water: #fff;
    }
  }
  .placeholder {
    background: var(--_land);
    opacity: 0.35;
  }
  /* The coast, not the fill, stands out from the page: 3.4:1 on white, 3.8:1 on the dark background. */
  .land,
  .water {
    fill: var(--_land);
    stroke: var(--_coast);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .water {
    fill: var(--_water);
    stroke-width: 0.75;
  }
  .neighbours {
    fill: var(--_neighbours);
    stroke: var(--_neighbour-coast);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  .site {
    cursor: pointer;
    outline: none;
  }
  .site .shape {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .operating {
    --_mark: var(--_operating);
  }
  .construction {
    --_mark: var(--_construction);
  }
  .planned {
    --_mark: var(--_planned);
  }
  .other {
    --_mark: var(--_other);
  }
  .shape {
    fill: var(--_mark);
  }
  .ring .shape {
    fill: var(--_background);
    stroke: var(--_mark);
    stroke-width: 3;
  }
  .halo {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  /* A target for pointers and fingers, at least 24 px across, larger than the marker drawn. */
  .focus {
    pointer-events: all;
  }
  .site:focus-visible .focus {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .number {
    font-size: 11px;
    font-weight: 700;
    fill: var(--_background);
    pointer-events: none;
  }
  .ring .number {
    fill: var(--_text);
  }
  .label {
    font-size: 13px;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label.highlight {
    font-weight: 700;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .origin {
    fill: var(--_text);
  }
  .legend .ring .shape {
    stroke-width: 2;
  }
  .callout {
    position: absolute;
    z-index: 1;
    max-width: 220px;
    padding: 6px 8px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.85em;
    /* Placed at the edge of its marker's target, clear of the other markers' (see #place). */
  }
  /*
   * Names, notes and statuses are clamped (see the base styles), legend and key entries to two
   * lines; the visually hidden list keeps the full text.
   */
  .legend li,
  .key li {
    --_lines: 2;
  }
  .legend,
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: ${unsafeCSS(`${LEGEND.gap}px 0 0`)};
    padding: 0;
    list-style: none;
    font-size: ${unsafeCSS(`${LEGEND.size}em`)};
  }
  .legend svg {
    display: inline-block;
    width: ${unsafeCSS(`${LEGEND.icon}px`)};
    height: ${unsafeCSS(`${LEGEND.icon}px`)};
    margin-right: 4px;
    vertical-align: -2px;
  }
  .key li::before {
    content: attr(data-number) '. ';
    font-weight: 700;
  }
`;
