// Draws the widgets at build time (here, as every page is prerendered; at request time on a
// server): HTML with declarative shadow DOM that shows the charts before any script runs, and
// that the browser build takes over without drawing them again.
import { renderHtml } from 'lede-widgets/server';
import sakai from 'lede-widgets/sakai.json';

/** A server has no width to measure: the widgets lay out at the column's, 640 px. */
const options = { width: 640 };

export async function load() {
  const [ramp, sites, deal] = await Promise.all([
    renderHtml('power-ramp-gauge', sakai.ramp, options),
    renderHtml('site-map', sakai.sites, options),
    renderHtml('deal-value-card', sakai.deal, options),
  ]);
  for (const { issues } of [ramp, sites, deal]) {
    for (const issue of issues) console.warn(`lede-widgets: ${issue.message}`);
  }
  return { ramp: ramp.html, sites: sites.html, deal: deal.html };
}
