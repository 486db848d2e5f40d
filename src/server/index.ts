// `lede-widgets/server`: static renders in Node. HTML with declarative shadow DOM (the browser
// build takes it over), a standalone SVG, and a PNG rasterised from that SVG without a browser.
export { renderHtml, type RenderedHtml } from './html.js';
export { WIDGETS, type WidgetName, type StaticOptions } from './widgets.js';
export { renderSvg, type RenderedSvg } from './svg.js';
export { renderPng, SANS_SERIF, SANS_SERIF_JA, type PngOptions, type RenderedPng } from './png.js';
export { reserveCss } from '../core/theme/reserve.js';
