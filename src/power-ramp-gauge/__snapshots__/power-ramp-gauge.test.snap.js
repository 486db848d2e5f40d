/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026, plus de 240&nbsp;mégawatts à terme">
<g transform="translate(240,193.1)">
<path class="track" part="track" d="M-145.3,83.9A167.8,167.8,0,1,1,145.3,83.9L119.4,68.9A137.8,137.8,0,1,0,-119.3,68.9Z"></path>
<path class="planned" part="planned" d="M68.3,-153.3A167.8,167.8,0,0,1,157.3,58.5L129.2,48A137.8,137.8,0,0,0,56.1,-125.9Z"></path>
<path class="beyond" part="planned" d="M157.3,58.5A167.8,167.8,0,0,1,145.3,83.9L119.4,68.9A137.8,137.8,0,0,0,129.2,48Z"></path>
<path class="fill" part="value" d="M-145.3,83.9A167.8,167.8,0,0,1,68.3,-153.3L56.1,-125.9A137.8,137.8,0,0,0,-119.3,68.9Z"></path>
</g>
<line class="tick" x1="294.8" y1="69.9" x2="309.5" y2="37.1"></line><line class="tick" x1="366.4" y1="240.1" x2="400.1" y2="252.6"></line>
<path class="target" part="marker" d="M399.2,252.3L409.6,249.8L405.4,261Z"></path>
<text class="current" x="314" y="23.8" text-anchor="start">
<tspan class="figure" x="314">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="314">2026</tspan>
</text><text class="" x="410.4" y="253.3" text-anchor="start">
<tspan class="figure" x="410.4">&gt;&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="410.4">à terme</tspan>
</text>
<text class="end" x="107.7" y="300.5" text-anchor="middle">0</text><text class="end" x="372.3" y="300.5" text-anchor="middle">250&nbsp;MW</text>
<text class="center-value" part="figure" text-anchor="middle" x="240" y="209.2" font-size="53.6">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="238.7" font-size="18">2026</text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

