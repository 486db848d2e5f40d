/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["deal-value-card-sakai-en-480"] = 
`<svg class="bars" part="bars" aria-hidden="true" viewBox="0 0 480 92">
<text x="1" y="16">Sakai plant</text>
<text class="money" x="479" y="16" text-anchor="end">$676 million (¥100 billion)</text>
<rect x="0" height="14" class="bar deal" y="22" width="13"></rect><text x="1" y="62">OpenAI</text>
<text class="money" x="479" y="62" text-anchor="end">$25 billion</text>
<rect x="0" height="14" class="bar " y="68" width="480"></rect>
</svg>`;
/* end snapshot deal-value-card-sakai-en-480 */

