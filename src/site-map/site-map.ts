import {
  html,
  isServer,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { applyStyle, LedeElement } from '../core/element/lede-element.js';
import { baseStyles } from '../core/theme/styles.js';
import { jsonConverter } from '../core/data/json.js';
import { memoizeLast } from '../core/data/memo.js';
import { hasFatal, issue, type LedeIssue } from '../core/data/issues.js';
import { loadRegion, loadRegionNow, preloadedRegions, preloadRegion } from '../load-region.js';
import { parseRegion } from '../geo/resolve.js';
import type { RegionGeometry } from '../geo/region.js';
import type { Typeset } from '../core/layout/text.js';
import { parseSiteMap, sitesInRegion, type Site, type SiteMapModel } from './model.js';
import {
  markerShape,
  siteMapLayout,
  type MapLayout,
  type MapMarker,
  type MarkerShape,
} from './layout.js';
import { describeMap, describeSite, legendEntries, regionName, statusName } from './describe.js';
import { calloutPlacement } from './callout.js';
import { mapStyles } from './site-map.styles.js';
import { boxHeight, MAP_BOX } from '../core/theme/metrics.js';

/** A site as authors write it in the `sites` attribute or property. */
export interface SiteInput {
  name: string;
  lat: number;
  lon: number;
  /** `operating`, `construction` or `planned`; any other word is drawn in a neutral style. */
  status?: string;
  approximate?: boolean;
  note?: string;
}

export interface LedeSelectDetail {
  site: Site;
}

declare global {
  interface HTMLElementEventMap {
    'lede-select': CustomEvent<LedeSelectDetail>;
  }
}

/**
 * The radius of a marker's pointer target: 8 px beyond the marker drawn, and never under 12 px, so
 * every target, a dense map's small markers included, is at least 24 px across (WCAG 2.5.8).
 */
const targetRadius = (radius: number): number => Math.max(radius + 8, 12);

/**
 * A static map of one country with its sites, marked by status.
 *
 * @summary Sites on a country map: offline geometry, collision-free labels, keyboard callouts.
 * @tagname lede-site-map
 *
 * @attr region - ISO 3166-1 alpha-2 or alpha-3 code of the country (`JP`, `JPN`).
 * @attr sites - JSON array of sites: `[{"name":"Sakai","lat":34.58,"lon":135.45,"status":"planned","note":"150 MW in 2026","approximate":false}]`.
 * @attr highlight - Name of the site to emphasise.
 * @attr projection - `auto` (default: conic conformal, or Mercator near the equator), `mercator`, `conic-conformal` or `equirectangular`.
 *
 * @fires lede-ready - Once the map is drawn, and again whenever new data is drawn. No detail.
 * @fires lede-error - When inputs have problems. `detail.issues` is an array of `{attribute, value, message, severity}`.
 * @fires lede-select - When a reader clicks a marker or presses Enter or Space on it. `detail.site` is the site.
 *
 * @csspart frame - The figure around heading, map, legend and source.
 * @csspart heading - The heading above the map.
 * @csspart chart - The box that holds the map (its height is reserved before drawing).
 * @csspart placeholder - The quiet block shown while a `src` document or the country's outline loads, or until a framework sets data props its server render wrote as `[object Object]`.
 * @csspart svg - The map drawing.
 * @csspart land - The country's outline.
 * @csspart neighbours - The land around the country, muted.
 * @csspart water - Lakes and reservoirs, over the land.
 * @csspart marker - Each site's marker (focusable).
 * @csspart label - Each site's name beside its marker.
 * @csspart callout - The box with a site's name, status and note.
 * @csspart legend - The status legend below the map.
 * @csspart key - The numbered list of sites, when labels do not fit beside the markers.
 * @csspart error - The message shown instead of the map when inputs are unusable.
 * @csspart source - The source line.
 * @csspart list - The visually hidden list of sites.
 *
 * @cssprop --lede-font-family - Font of all text (default: inherited from the page).
 * @cssprop --lede-font-size-heading - Size of the heading (default 1.1em).
 * @cssprop --lede-color-text - Text colour.
 * @cssprop --lede-color-muted - Secondary text and leader lines.
 * @cssprop --lede-color-background - Background of the widget.
 * @cssprop --lede-color-error - Text of the error message.
 * @cssprop --lede-padding - Space around the widget's content.
 * @cssprop --lede-map-land - Fill of the country.
 * @cssprop --lede-map-coast - Outline of the country and its lakes.
 * @cssprop --lede-map-neighbours - Fill of the land around the country.
 * @cssprop --lede-map-neighbour-coast - Outline of the land around the country.
 * @cssprop --lede-map-water - Fill of lakes (default: the background, as the sea).
 * @cssprop --lede-map-operating - Markers of operating sites (filled circles).
 * @cssprop --lede-map-construction - Markers of sites under construction (diamonds).
 * @cssprop --lede-map-planned - Markers of planned sites (rings).
 * @cssprop --lede-map-other - Markers of sites with another or no status (squares).
 * @cssprop --lede-map-aspect-ratio - Width to height of the map box (default 4 / 3).
 * @cssprop --lede-map-max-height - Tallest the map box grows (default 640px).
 *
 * @slot - A `<script type="application/json">` child may carry the data fields (`region`, `sites`, `highlight`, `projection`, `heading`, `source`). Attributes win over it.
 */
export class LedeSiteMap extends LedeElement {
  static override styles = [baseStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    // Setting region again, even to the same code, retries an outline that failed to load.
    region: { hasChanged: () => true },
    sites: { converter: jsonConverter },
    highlight: {},
    projection: {},
  };

  /** ISO 3166-1 alpha-2 or alpha-3 code of the country. */
  declare region?: string;

  /** Sites: an array of `{name, lat, lon, status?, approximate?, note?}`, or its JSON text. */
  declare sites?: readonly SiteInput[] | string;

  /** Name of the site to emphasise. */
  declare highlight?: string;

  /** `auto`, `mercator`, `conic-conformal` or `equirectangular`. */
  declare projection?: string;

  #sites: Site[] = [];
  /**
   * Every parsed site, known before the outline: the legend and the hidden list are written from
   * them while the outline loads. Once the map is drawn, the legend lists only the statuses of the
   * sites drawn (a site outside the country is reported, and its status leaves the legend).
   */
  #legendSites?: Site[];
  #layout?: MapLayout;
  #geometry?: RegionGeometry;
  #loading?: string;
  #loadIssue?: LedeIssue;
  /** The outline a server render's takeover waits for (see shouldUpdate). */
  #outlineWait?: { region: string; settled: boolean };
  /** The marker of a dense map that holds its one tab stop. */
  #roving = 0;
  /** Name of the site whose callout is open: a name, not a position, so new data never shows a stale callout. */
  #open?: string;
  readonly #escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#show(undefined);
  };
  readonly #parse = memoizeLast(
    (region: unknown, sites: unknown, highlight: unknown, projection: unknown) =>
      parseSiteMap({ region, sites, highlight, projection }),
  );
  readonly #inRegion = memoizeLast(sitesInRegion);
  readonly #lay = memoizeLast(
    (
      geometry: RegionGeometry,
      sites: Site[],
      width: number,
      height: number,
      highlight: string | undefined,
      projection: SiteMapModel['projection'],
      typeset: Typeset,
    ) => siteMapLayout(geometry, sites, { width, height }, { highlight, projection, typeset }),
  );

  /** The sites drawn: the same array across resizes, a new one when the data or region changes. */
  protected get drawn(): Site[] | undefined {
    return this.#layout && this.#sites;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#layout = undefined;
    this.#legendSites = undefined;
    if (this.pending) return;
    const result = this.#parse(
      this.field('region', this.region),
      this.field('sites', this.sites),
      this.field('highlight', this.highlight),
      this.field('projection', this.projection),
    );
    this.addIssues(result.issues);
    const model = hasFatal(this.issues) ? undefined : result.model;
    // The legend is drawn from the data before the map arrives, then from the sites drawn: only a
    // site found outside the country once the outline is in can take a status line out of it.
    this.#legendSites = model?.sites;
    // The outline is fetched when the map comes near the viewport, not before.
    if (!model || !this.near) return;
    if (changed.has('region') && this.#loadIssue) this.#loading = undefined;
    this.#load(model.region);
    if (this.#loadIssue) this.addIssues([this.#loadIssue]);
    const geometry = this.#geometry?.alpha3 === model.region ? this.#geometry : undefined;
    if (!geometry) return;
    const inside = this.#inRegion(model, geometry);
    this.addIssues(inside.issues);
    // No site on the country: the error box says so rather than an empty map.
    if (hasFatal(inside.issues)) return;
    this.#sites = inside.sites;
    const { width, height } = this.box;
    if (width === 0 || height === 0) return;
    this.#layout = this.#lay(
      geometry,
      inside.sites,
      width,
      height,
      model.highlight,
      model.projection,
      this.typeset,
    );
  }

  #load(alpha3: string): void {
    if (this.#loading === alpha3) return;
    this.#loading = alpha3;
    this.#loadIssue = undefined;
    // A server render that was not given the outline beforehand reads it at once (Node only).
    const preloaded =
      preloadedRegions.get(alpha3) ?? (isServer ? loadRegionNow(alpha3) : undefined);
    if (preloaded) {
      this.#geometry = preloaded;
      return;
    }
    loadRegion(alpha3).then(
      (geometry) => {
        if (this.#loading !== alpha3) return;
        this.#geometry = geometry;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.#loading !== alpha3) return;
        const why = error instanceof Error ? error.message : String(error);
        this.#loadIssue = issue(
          'region',
          alpha3,
          `the outline of ${alpha3} could not be loaded (${why})`,
        );
        this.requestUpdate();
      },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const callout = this.renderRoot.querySelector<HTMLElement>('.callout');
    if (callout && this.#layout) this.#place(callout, this.#layout);
  }

  /**
   * Puts the open callout beside its marker, touching the marker's target (overlapping it by 1 px,
   * so the pointer crosses no gap on its way there) and clear of every other marker's target, so
   * that a click on another marker reaches it while this callout is open. Placed through the CSSOM:
   * a style attribute breaks under a strict CSP. Measured at the box's corner first, where its
   * width is not cut by the box's edge.
   */
  #place(callout: HTMLElement, l: MapLayout): void {
    const m = l.markers.find((marker) => marker.site.name === this.#open);
    if (!m) return;
    applyStyle(callout, { left: '0px', top: '0px' });
    const size = { width: callout.offsetWidth, height: callout.offsetHeight };
    const others = l.markers.filter((o) => o !== m);
    const at = calloutPlacement(m, size, others, targetRadius(l.radius), l);
    applyStyle(callout, { left: `${at.x}px`, top: `${at.y}px` });
  }

  /** As the stylesheet's default aspect ratio (4 / 3) and largest height (640px) give it. */
  protected override chartHeight(width: number): number {
    return boxHeight(MAP_BOX, width);
  }

  protected renderChart(): TemplateResult {
    const l = this.#layout;
    const geometry = this.#geometry;
    if (!l || !geometry) return html`<div class="placeholder" part="placeholder"></div>`;
    const name = regionName(geometry, this.resolvedLocale);
    // Labels sit under the markers, clear of them; on a dense map the one label may cover markers,
    // so it goes on top.
    const labels = svg`<g aria-hidden="true">${l.markers.map((m) => this.#renderLabel(m))}</g>`;
    return html`<svg
        viewBox="0 0 ${l.width} ${l.height}"
        role="group"
        aria-label=${describeMap(this.#sites, name, this.resolvedLocale)}
        part="svg"
      >
        <path class="neighbours" part="neighbours" d=${l.neighbours}></path>
        <path class="land" part="land" d=${l.land}></path>
        <path class="water" part="water" d=${l.water}></path>
        ${l.dense ? nothing : labels}
        <g aria-hidden="true">
          ${l.markers.map((m) =>
            m.origin
              ? svg`<line class="leader" x1=${m.origin.x} y1=${m.origin.y} x2=${m.x} y2=${m.y}></line>
                <circle class="origin" cx=${m.origin.x} cy=${m.origin.y} r="1.5"></circle>`
              : nothing,
          )}
        </g>
        ${l.markers.map((m, i) => this.#renderMarker(m, i, l))} ${l.dense ? labels : nothing}
      </svg>
      ${this.#renderCallout(l)}`;
  }

  #renderMarker(m: MapMarker, i: number, l: MapLayout) {
    const kind = m.site.known ? m.site.status : 'other';
    // A dense map's markers stay out of the tab order: hundreds of tab stops would trap keyboard
    // users, and the list below the map names every site.
    return svg`<g class="site ${kind} ${m.shape}" part="marker" transform="translate(${m.x},${m.y})"
      tabindex=${l.dense && i !== Math.min(this.#roving, l.markers.length - 1) ? -1 : 0} role="button" aria-label=${`${l.numbered ? `${m.number}. ` : ''}${describeSite(m.site, this.resolvedLocale)}`}
      @click=${() => this.#select(i)} @keydown=${(e: KeyboardEvent) => this.#key(e, i)}
      @focus=${() => this.#show(m.site.name)} @blur=${() => this.#show(undefined)}
      @pointerenter=${() => this.#show(m.site.name)} @pointerleave=${this.#leave}>
      ${m.highlight ? svg`<circle class="halo" r=${l.radius + 5}></circle>` : nothing}
      ${shapeOf(m.shape, l.radius)}
      <circle class="focus" r=${targetRadius(l.radius)} fill="none"></circle>
      ${l.numbered ? svg`<text class="number" text-anchor="middle" dy="0.35em">${m.number}</text>` : nothing}
    </g>`;
  }

  #renderLabel(m: MapMarker) {
    const label = m.label;
    if (!label) return nothing;
    return svg`${
      label.leader
        ? svg`<line class="leader" x1=${label.leader.x1} y1=${label.leader.y1} x2=${label.leader.x2} y2=${label.leader.y2}></line>`
        : nothing
    }<text class="label ${m.highlight ? 'highlight' : ''}" part="label" x=${label.x} y=${label.y}
      text-anchor=${label.anchor}>${m.site.name}</text>`;
  }

  #renderCallout(l: MapLayout) {
    const m = l.markers.find((marker) => marker.site.name === this.#open);
    if (!m) return nothing;
    // Placed in updated(), once its size is known (#place).
    return html`<div class="callout" part="callout" @pointerleave=${this.#leave}>
      <strong class="clamp">${m.site.name}</strong>${statusName(m.site, this.resolvedLocale)}${
        m.site.note ? html`<span class="note clamp">${m.site.note}</span>` : nothing
      }
    </div>`;
  }

  protected override renderBelowChart(): TemplateResult | typeof nothing {
    const l = this.#layout;
    const legend = this.#legendSites;
    if (!legend) return nothing;
    const locale = this.resolvedLocale;
    return html`<ul class="legend" part="legend">
        ${legendEntries(l ? this.#sites : legend, locale).map(
          (e) =>
            html`<li class="clamp">
              <svg
                viewBox="-8 -8 16 16"
                aria-hidden="true"
                class="${e.known ? e.status : 'other'} ${markerShape(e)}"
              >
                ${shapeOf(markerShape(e), 5)}</svg
              >${e.text}
            </li>`,
        )}
      </ul>
      ${
        l?.numbered
          ? html`<ol class="key" part="key">
              ${l.markers.map(
                (m) => html`<li class="clamp" data-number=${m.number}>${m.site.name}</li>`,
              )}
            </ol>`
          : nothing
      }
      <ul class="visually-hidden" part="list">
        ${(l ? this.#sites : legend).map((s) => html`<li>${describeSite(s, locale)}</li>`)}
      </ul>`;
  }

  /** The pointer may move from a marker onto its callout (to select text) without closing it (WCAG 1.4.13). */
  readonly #leave = (event: PointerEvent) => {
    const to = event.relatedTarget;
    if (!(to instanceof Element && (to.closest('.callout') || to.closest('.site')))) {
      this.#show(undefined);
    }
  };

  #show(name: string | undefined): void {
    if (this.#open === name) return;
    this.#open = name;
    // Escape closes a callout opened by hover too, wherever the focus is (WCAG 1.4.13).
    if (name === undefined) document.removeEventListener('keydown', this.#escape);
    else document.addEventListener('keydown', this.#escape);
    this.requestUpdate();
  }

  /**
   * A map that takes a server render over draws the server's map in that first update, which needs
   * the outline: updates wait until it is here (or failed, once). The server's HTML asks for that
   * wait with `defer-hydration` (see connectedCallback), but a framework that hydrates on its own
   * may remove it before the element is defined (Astro's Lit integration does), and the props it
   * set then, `region` among them, are known only now.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const region = this.takingOver
      ? parseRegion(this.field('region', this.region)).value
      : undefined;
    if (!region || preloadedRegions.has(region)) return super.shouldUpdate(changed);
    if (this.#outlineWait?.region !== region) {
      const wait = { region, settled: false };
      this.#outlineWait = wait;
      void preloadRegion(region)
        .catch(() => undefined)
        .then(() => {
          wait.settled = true;
          this.requestUpdate();
        });
    }
    return this.#outlineWait.settled && super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered map comes with `defer-hydration`: it takes the server's drawing over once
    // its outline is here, so that its first update draws the same map instead of a placeholder.
    // Should the outline fail, it takes over anyway and shows the error.
    if (!this.hasUpdated && this.shadowRoot && this.hasAttribute('defer-hydration')) {
      const region = parseRegion(this.region).value;
      const ready = region ? preloadRegion(region) : Promise.resolve();
      void ready.catch(() => undefined).then(() => this.removeAttribute('defer-hydration'));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#show(undefined);
  }

  #select(index: number): void {
    const site = this.#layout?.markers[index]?.site;
    if (!site) return;
    this.#show(site.name);
    this.dispatchEvent(
      new CustomEvent('lede-select', { bubbles: true, composed: true, detail: { site } }),
    );
  }

  #key(event: KeyboardEvent, index: number): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!event.repeat) this.#select(index);
      return;
    }
    // A dense map is one tab stop: arrow keys, Home and End move between its markers in the order
    // the sites are given (hundreds of tab stops would trap a keyboard user).
    const count = this.#layout?.dense ? this.#layout.markers.length : 0;
    if (!count || !Object.hasOwn(ROVING_KEYS, event.key)) return;
    const next = ROVING_KEYS[event.key]!(index, count);
    event.preventDefault();
    this.#roving = next;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<SVGElement>('[part=marker]')[next]?.focus(),
    );
  }
}

/** Where each key moves the tab stop of a dense map, from marker `i` of `n`. */
const ROVING_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

function shapeOf(shape: MarkerShape, r: number) {
  if (shape === 'diamond') {
    const d = r * 1.35;
    return svg`<path class="shape" d="M0,${-d}L${d},0L0,${d}L${-d},0Z"></path>`;
  }
  if (shape === 'square') {
    return svg`<rect class="shape" x=${-r} y=${-r} width=${2 * r} height=${2 * r}></rect>`;
  }
  return svg`<circle class="shape" r=${shape === 'ring' ? r - 1 : r}></circle>`;
}
