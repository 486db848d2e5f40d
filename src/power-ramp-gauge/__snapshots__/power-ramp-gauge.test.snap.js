/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026, plus de 240&nbsp;mégawatts à terme">
<g transform="translate(240,192.7)">
<path class="track" part="track" d="M-143.5,82.8A165.7,165.7,0,1,1,143.5,82.8L117.5,67.8A135.7,135.7,0,1,0,-117.5,67.8Z"></path>
<path class="planned" part="planned" d="M67.4,-151.3A165.7,165.7,0,0,1,155.3,57.8L127.2,47.3A135.7,135.7,0,0,0,55.2,-123.9Z"></path>
<path class="beyond" part="planned" d="M155.3,57.8A165.7,165.7,0,0,1,143.5,82.8L117.5,67.8A135.7,135.7,0,0,0,127.2,47.3Z"></path>
<path class="fill" part="value" d="M-143.5,82.8A165.7,165.7,0,0,1,67.4,-151.3L55.2,-123.9A135.7,135.7,0,0,0,-117.5,67.8Z"></path>
</g>
<line class="tick" x1="294" y1="71.5" x2="308.6" y2="38.6"></line><line class="tick" x1="364.4" y1="238.9" x2="398.1" y2="251.5"></line>
<path class="target" part="marker" d="M397.2,251.1L407.6,248.6L403.4,259.8Z"></path>
<text class="current" x="313.1" y="25.3" text-anchor="start">
<tspan class="figure" x="313.1">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="313.1">2026</tspan>
</text><text class="" x="408.4" y="252.1" text-anchor="start">
<tspan class="figure" x="408.4">&gt;&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="408.4">à terme</tspan>
</text>
<text class="end" x="109.5" y="299" text-anchor="middle">0</text><text class="end" x="370.5" y="299" text-anchor="middle">250&nbsp;MW</text>
<text class="center-value" part="figure" text-anchor="middle" x="240" y="208.5" style="font-size:52.8px">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="237.5" style="font-size:18px">2026</text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

