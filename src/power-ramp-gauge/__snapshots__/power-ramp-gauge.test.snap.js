/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (prévus), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,196.9)">
<path class="track" part="track" d="M-150.8,87.1A174.2,174.2,0,1,1,150.8,87.1L124.9,72.1A144.2,144.2,0,1,0,-124.9,72.1Z"></path>
<path class="planned" part="planned" d="M-150.8,87.1A174.2,174.2,0,0,1,70.9,-159.1L58.6,-131.7A144.2,144.2,0,0,0,-124.9,72.1Z"></path><path class="planned" part="planned" d="M70.9,-159.1A174.2,174.2,0,0,1,163.3,60.7L135.1,50.3A144.2,144.2,0,0,0,58.6,-131.7Z"></path>
<path class="beyond" part="planned" d="M163.3,60.7A174.2,174.2,0,0,1,150.8,87.1L124.9,72.1A144.2,144.2,0,0,0,135.1,50.3Z"></path>
</g>
<path class="tick" d="M297.4,67.9L312.1,35.1M372.3,246.1L406.1,258.7"></path>
<path class="target" part="marker" d="M405.1,258.3L415.6,255.8L411.4,267.1Z"></path>
<text class="" x="316.5" y="16.8" text-anchor="start"><tspan class="figure" x="316.5">150&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="316.5">2026</tspan></text><text class="" x="416.4" y="251.3" text-anchor="start"><tspan class="figure" x="416.4">plus de</tspan><tspan class="figure" x="416.4" dy="16">240&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="416.4">à terme</tspan></text>
<text class="end" x="102.2" y="307.5" text-anchor="middle">0</text><text class="end" x="377.9" y="307.5" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value planned-figure" x="240" y="213.7" font-size="56">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="244.5" font-size="18"><tspan x="240">prévus en 2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

snapshots["power-ramp-gauge-reached-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (atteints), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,196.9)">
<path class="track" part="track" d="M-150.8,87.1A174.2,174.2,0,1,1,150.8,87.1L124.9,72.1A144.2,144.2,0,1,0,-124.9,72.1Z"></path>
<path class="planned" part="planned" d="M70.9,-159.1A174.2,174.2,0,0,1,163.3,60.7L135.1,50.3A144.2,144.2,0,0,0,58.6,-131.7Z"></path>
<path class="beyond" part="planned" d="M163.3,60.7A174.2,174.2,0,0,1,150.8,87.1L124.9,72.1A144.2,144.2,0,0,0,135.1,50.3Z"></path>
<path class="fill" part="value" d="M-150.8,87.1A174.2,174.2,0,0,1,70.9,-159.1L58.6,-131.7A144.2,144.2,0,0,0,-124.9,72.1Z"></path>
</g>
<path class="tick" d="M297.4,67.9L312.1,35.1M372.3,246.1L406.1,258.7"></path>
<path class="target" part="marker" d="M405.1,258.3L415.6,255.8L411.4,267.1Z"></path>
<text class="current" x="316.5" y="16.8" text-anchor="start"><tspan class="figure" x="316.5">150&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="316.5">2026</tspan></text><text class="" x="416.4" y="251.3" text-anchor="start"><tspan class="figure" x="416.4">plus de</tspan><tspan class="figure" x="416.4" dy="16">240&nbsp;MW</tspan><tspan class="stage-label" dy="16" x="416.4">à terme</tspan></text>
<text class="end" x="102.2" y="307.5" text-anchor="middle">0</text><text class="end" x="377.9" y="307.5" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value" x="240" y="213.7" font-size="56">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="244.5" font-size="18"><tspan x="240">2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-reached-fr-480 */

