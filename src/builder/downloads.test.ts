// The builder's downloads, made in the browser: a widget's standalone SVG with its styles
// written in, and that SVG as a PNG at twice its size.
import { expect } from '@open-wc/testing';
import '../define.js';
import { pngOf, standaloneSvg } from './downloads.js';

const STAGES = [
  { value: 150, label: '2026' },
  { value: 240, atLeast: true },
];

async function drawnGauge(): Promise<HTMLElement> {
  const gauge = document.createElement('lede-power-ramp-gauge');
  gauge.setAttribute('stages', JSON.stringify(STAGES));
  gauge.setAttribute('loading', 'eager');
  gauge.setAttribute('no-animation', '');
  gauge.style.width = '320px';
  document.body.append(gauge);
  await gauge.updateComplete;
  return gauge;
}

afterEach(() => document.querySelectorAll('lede-power-ramp-gauge').forEach((g) => g.remove()));

describe('downloads', () => {
  it('standaloneSvg() is an SVG document with each element styled inline, as drawn', async () => {
    const gauge = await drawnGauge();
    const text = standaloneSvg(gauge)!;
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).to.be.within(200, 320);
    const drawn = gauge.shadowRoot!.querySelector('svg path')!;
    const copied = svg.querySelector('path')!;
    expect(copied.getAttribute('style')).to.contain(`fill:${getComputedStyle(drawn).fill}`);
    expect(svg.textContent).to.contain('150');
  });

  it('standaloneSvg() is undefined for a widget that has not drawn', () => {
    expect(standaloneSvg(document.createElement('lede-power-ramp-gauge'))).to.equal(undefined);
  });

  it('pngOf() draws the SVG at twice its size', async () => {
    const gauge = await drawnGauge();
    const text = standaloneSvg(gauge)!;
    const png = await pngOf(text, 2);
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    const width = Number(/width="(\d+)"/.exec(text)![1]);
    expect(image.width).to.equal(width * 2);
  });
});
