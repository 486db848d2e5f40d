/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["power-ramp-gauge-sakai-fr-480"] = 
`<svg role="img" part="svg" viewBox="0 0 480 320" aria-label="Puissance&nbsp;: 150&nbsp;mégawatts en 2026, plus de 240&nbsp;mégawatts à terme">
<g transform="translate(240,194.6)">
<path class="track" part="track" d="M-151.7,87.6A175.2,175.2,0,1,1,151.7,87.6L125.7,72.6A145.2,145.2,0,1,0,-125.7,72.6Z"></path>
<path class="planned" part="planned" d="M71.3,-160A175.2,175.2,0,0,1,164.2,61.1L136.1,50.6A145.2,145.2,0,0,0,59.1,-132.6Z"></path>
<path class="beyond" part="planned" d="M164.2,61.1A175.2,175.2,0,0,1,151.7,87.6L125.7,72.6A145.2,145.2,0,0,0,136.1,50.6Z"></path>
<path class="fill" part="value" d="M-151.7,87.6A175.2,175.2,0,0,1,71.3,-160L59.1,-132.6A145.2,145.2,0,0,0,-125.7,72.6Z"></path>
</g>
<line class="tick" x1="297.8" y1="64.7" x2="312.5" y2="31.8"></line><line class="tick" x1="373.3" y1="244.2" x2="407" y2="256.7"></line>
<path class="target" part="marker" d="M406.1,256.4L416.5,253.9L412.3,265.1Z"></path>
<text class="current" x="317" y="18.6" text-anchor="start">
<tspan class="figure" x="317">150&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="317">2026</tspan>
</text><text class="" x="417.3" y="257.4" text-anchor="start">
<tspan class="figure" x="417.3">&gt;&nbsp;240&nbsp;MW</tspan>
<tspan class="stage-label" dy="16" x="417.3">à terme</tspan>
</text>
<text class="end" x="101.3" y="305.7" text-anchor="middle">0</text><text class="end" x="378.7" y="305.7" text-anchor="middle">250&nbsp;MW</text>
<text class="center-value" part="figure" text-anchor="middle" x="240" y="211.4" font-size="56">150&nbsp;MW</text>
<text class="center-label" text-anchor="middle" x="240" y="242.2" font-size="18">2026</text>
</svg>`;
/* end snapshot power-ramp-gauge-sakai-fr-480 */

