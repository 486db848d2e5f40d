/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (prévus), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,183.4)">
<path class="track" part="track" d="M-104.6,60.4A120.8,120.8,0,1,1,104.6,60.4L83.7,48.3A96.6,96.6,0,1,0,-83.7,48.3Z"></path>
<path class="planned" part="planned" d="M-104.6,60.4A120.8,120.8,0,0,1,49.1,-110.3L39.3,-88.3A96.6,96.6,0,0,0,-83.7,48.3Z"></path><path class="planned" part="planned" d="M49.1,-110.3A120.8,120.8,0,0,1,113.2,42.1L90.6,33.7A96.6,96.6,0,0,0,39.3,-88.3Z"></path>
<path class="beyond" part="planned" d="M113.2,42.1A120.8,120.8,0,0,1,104.6,60.4L83.7,48.3A96.6,96.6,0,0,0,90.6,33.7Z"></path>
</g>
<line class="tick" x1="278.1" y1="97.9" x2="290.3" y2="70.3"></line><line class="tick" x1="327.7" y1="216" x2="356" y2="226.5"></line>
<path class="target" part="marker" d="M355.1,226.2L365.5,223.6L361.3,234.9Z"></path>
<text class="" x="294.8" y="57.1" text-anchor="start">
<tspan class="figure" x="294.8">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="294.8">2026</tspan>
</text><text class="" x="366.3" y="227.1" text-anchor="start">
<tspan class="figure" x="366.3">plus de&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="366.3">à terme</tspan>
</text>
<text class="end" x="145.9" y="265.8" text-anchor="middle">0</text><text class="end" x="334.1" y="265.8" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value planned-figure" x="240" y="194.6" font-size="37.6">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="215.3" font-size="15.7">prévus en 2026</text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

snapshots["power-ramp-gauge-reached-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026 (atteints), plus de 240&nbsp;mégawatts à terme (prévus)">
<g transform="translate(240,183.4)">
<path class="track" part="track" d="M-104.6,60.4A120.8,120.8,0,1,1,104.6,60.4L83.7,48.3A96.6,96.6,0,1,0,-83.7,48.3Z"></path>
<path class="planned" part="planned" d="M49.1,-110.3A120.8,120.8,0,0,1,113.2,42.1L90.6,33.7A96.6,96.6,0,0,0,39.3,-88.3Z"></path>
<path class="beyond" part="planned" d="M113.2,42.1A120.8,120.8,0,0,1,104.6,60.4L83.7,48.3A96.6,96.6,0,0,0,90.6,33.7Z"></path>
<path class="fill" part="value" d="M-104.6,60.4A120.8,120.8,0,0,1,49.1,-110.3L39.3,-88.3A96.6,96.6,0,0,0,-83.7,48.3Z"></path>
</g>
<line class="tick" x1="278.1" y1="97.9" x2="290.3" y2="70.3"></line><line class="tick" x1="327.7" y1="216" x2="356" y2="226.5"></line>
<path class="target" part="marker" d="M355.1,226.2L365.5,223.6L361.3,234.9Z"></path>
<text class="current" x="294.8" y="57.1" text-anchor="start">
<tspan class="figure" x="294.8">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="294.8">2026</tspan>
</text><text class="" x="366.3" y="227.1" text-anchor="start">
<tspan class="figure" x="366.3">plus de&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="366.3">à terme</tspan>
</text>
<text class="end" x="145.9" y="265.8" text-anchor="middle">0</text><text class="end" x="334.1" y="265.8" text-anchor="middle">250&nbsp;MW</text>
<text part="figure" text-anchor="middle" class="center-value" x="240" y="194.6" font-size="37.6">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="215.3" font-size="15.7">2026</text>
</svg>`;
/* end snapshot power-ramp-gauge-reached-fr-480 */

