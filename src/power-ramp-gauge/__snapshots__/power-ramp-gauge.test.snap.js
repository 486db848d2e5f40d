/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (prévus), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,195.1)">
<path class="track" part="track" d="M-153.9,88.9A177.7,177.7,0,1,1,153.9,88.9L127.9,73.9A147.7,147.7,0,1,0,-127.9,73.9Z"></path>
<path class="planned" part="planned" d="M-153.9,88.9A177.7,177.7,0,0,1,72.3,-162.3L60.1,-134.9A147.7,147.7,0,0,0,-127.9,73.9Z"></path><path class="planned" part="planned" d="M72.3,-162.3A177.7,177.7,0,0,1,166.6,62L138.5,51.5A147.7,147.7,0,0,0,60.1,-134.9Z"></path>
<path class="beyond" part="planned" d="M166.6,62A177.7,177.7,0,0,1,153.9,88.9L127.9,73.9A147.7,147.7,0,0,0,138.5,51.5Z"></path>
</g>
<path class="tick" d="M298.9,62.9L313.5,30.1M375.6,245.6L409.4,258.1"></path>
<path class="target" part="marker" d="M408.5,257.8L418.9,255.3L414.7,266.5Z"></path>
<text class="" x="318" y="16.8" text-anchor="start"><tspan class="figure" x="318">150&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="318">2026</tspan></text><text class="" x="419.7" y="250.8" text-anchor="start"><tspan class="figure" x="419.7">plus de</tspan><tspan class="figure" x="419.7" dy="16">240&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="419.7">à terme</tspan></text>
<text class="end" x="99.1" y="307.5" text-anchor="middle">0</text><text class="end" x="380.9" y="307.5" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value planned-figure" x="240" y="211.9" font-size="56">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="242.7" font-size="18"><tspan x="240">prévus en 2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

snapshots["power-ramp-gauge-reached-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (atteints), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,195.1)">
<path class="track" part="track" d="M-153.9,88.9A177.7,177.7,0,1,1,153.9,88.9L127.9,73.9A147.7,147.7,0,1,0,-127.9,73.9Z"></path>
<path class="planned" part="planned" d="M72.3,-162.3A177.7,177.7,0,0,1,166.6,62L138.5,51.5A147.7,147.7,0,0,0,60.1,-134.9Z"></path>
<path class="beyond" part="planned" d="M166.6,62A177.7,177.7,0,0,1,153.9,88.9L127.9,73.9A147.7,147.7,0,0,0,138.5,51.5Z"></path>
<path class="fill" part="value" d="M-153.9,88.9A177.7,177.7,0,0,1,72.3,-162.3L60.1,-134.9A147.7,147.7,0,0,0,-127.9,73.9Z"></path>
</g>
<path class="tick" d="M298.9,62.9L313.5,30.1M375.6,245.6L409.4,258.1"></path>
<path class="target" part="marker" d="M408.5,257.8L418.9,255.3L414.7,266.5Z"></path>
<text class="current" x="318" y="16.8" text-anchor="start"><tspan class="figure" x="318">150&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="318">2026</tspan></text><text class="" x="419.7" y="250.8" text-anchor="start"><tspan class="figure" x="419.7">plus de</tspan><tspan class="figure" x="419.7" dy="16">240&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="419.7">à terme</tspan></text>
<text class="end" x="99.1" y="307.5" text-anchor="middle">0</text><text class="end" x="380.9" y="307.5" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value" x="240" y="211.9" font-size="56">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="242.7" font-size="18"><tspan x="240">2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-reached-fr-480 */

