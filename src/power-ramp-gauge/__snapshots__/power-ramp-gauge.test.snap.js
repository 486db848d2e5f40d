/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (prévus), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,187.6)">
<path class="track" part="track" d="M-122.2,70.5A141.1,141.1,0,1,1,122.2,70.5L97.7,56.4A112.9,112.9,0,1,0,-97.7,56.4Z"></path>
<path class="planned" part="planned" d="M-122.2,70.5A141.1,141.1,0,0,1,57.4,-128.9L45.9,-103.1A112.9,112.9,0,0,0,-97.7,56.4Z"></path><path class="planned" part="planned" d="M57.4,-128.9A141.1,141.1,0,0,1,132.2,49.2L105.8,39.3A112.9,112.9,0,0,0,45.9,-103.1Z"></path>
<path class="beyond" part="planned" d="M132.2,49.2A141.1,141.1,0,0,1,122.2,70.5L97.7,56.4A112.9,112.9,0,0,0,105.8,39.3Z"></path>
</g>
<line class="tick" x1="284.7" y1="87.2" x2="298.6" y2="56"></line><line class="tick" x1="343" y1="225.9" x2="375" y2="237.8"></line>
<path class="target" part="marker" d="M374.1,237.4L384.5,234.9L380.3,246.2Z"></path>
<text class="" x="303.1" y="42.7" text-anchor="start">
<tspan class="figure" x="303.1">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="303.1">2026</tspan>
</text><text class="" x="385.4" y="238.4" text-anchor="start">
<tspan class="figure" x="385.4">plus de&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="385.4">à terme</tspan>
</text>
<text class="end" x="130" y="281.2" text-anchor="middle">0</text><text class="end" x="350" y="281.2" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value planned-figure" x="240" y="202" font-size="48">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="228.3" font-size="18"><tspan x="240">prévus en 2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

snapshots["power-ramp-gauge-reached-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (atteints), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,187.6)">
<path class="track" part="track" d="M-122.2,70.5A141.1,141.1,0,1,1,122.2,70.5L97.7,56.4A112.9,112.9,0,1,0,-97.7,56.4Z"></path>
<path class="planned" part="planned" d="M57.4,-128.9A141.1,141.1,0,0,1,132.2,49.2L105.8,39.3A112.9,112.9,0,0,0,45.9,-103.1Z"></path>
<path class="beyond" part="planned" d="M132.2,49.2A141.1,141.1,0,0,1,122.2,70.5L97.7,56.4A112.9,112.9,0,0,0,105.8,39.3Z"></path>
<path class="fill" part="value" d="M-122.2,70.5A141.1,141.1,0,0,1,57.4,-128.9L45.9,-103.1A112.9,112.9,0,0,0,-97.7,56.4Z"></path>
</g>
<line class="tick" x1="284.7" y1="87.2" x2="298.6" y2="56"></line><line class="tick" x1="343" y1="225.9" x2="375" y2="237.8"></line>
<path class="target" part="marker" d="M374.1,237.4L384.5,234.9L380.3,246.2Z"></path>
<text class="current" x="303.1" y="42.7" text-anchor="start">
<tspan class="figure" x="303.1">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="303.1">2026</tspan>
</text><text class="" x="385.4" y="238.4" text-anchor="start">
<tspan class="figure" x="385.4">plus de&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="385.4">à terme</tspan>
</text>
<text class="end" x="130" y="281.2" text-anchor="middle">0</text><text class="end" x="350" y="281.2" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value" x="240" y="202" font-size="48">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="228.3" font-size="18"><tspan x="240">2026</tspan></text>
</svg>`;
/* end snapshot power-ramp-gauge-reached-fr-480 */

