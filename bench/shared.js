// What the D3 and ECharts contenders share: the scale end and money wording they write, the size
// watching that redraws them, and the page glue that lets the benchmark draw more of them.

/** A round number at or above `v`: 240 → 250. */
export const niceMax = (v) => {
  const step = 10 ** Math.floor(Math.log10(v)) / 2;
  return Math.ceil(v / step) * step;
};

// "¥100 billion": Intl writes compact long numbers ("100 billion") but, for currencies, only
// short ones ("¥100B"), so the symbol and the number are written apart.
export const money = (amount, currency) =>
  new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((p) => p.type === 'currency').value +
  new Intl.NumberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 3,
  }).format(amount);

/**
 * Calls `resized(width, height)`, in whole pixels, each time `el`'s box takes a new size; not for
 * the size it has now, which the chart was drawn at.
 */
export function watchSize(el, resized) {
  let w = el.clientWidth;
  let h = el.clientHeight;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    const height = Math.round(entry.contentRect.height);
    if (width === w && height === h) return;
    w = width;
    h = height;
    resized(width, height);
  }).observe(el);
}

/** Page glue: draws the charts in the page, and lets the benchmark draw more. */
export function mount(draw) {
  document.querySelectorAll('[data-chart]').forEach(draw);
  window.benchDraw = draw;
}
