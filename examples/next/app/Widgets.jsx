'use client';
// The client recipe: the components from lede-widgets/react set arrays and objects as properties
// and listen to lede-* events through onReady, onError and onSelect, also when React takes over
// the server's HTML of this client component (where plain <lede-…> elements lose both).
import { useState } from 'react';
import { DealValueCard, PowerRampGauge, SiteMap } from 'lede-widgets/react';
import sakai from 'lede-widgets/sakai.json';

export default function Widgets() {
  const [ready, setReady] = useState([]);
  const onReady = (event) =>
    setReady((tags) => [...new Set([...tags, event.target.localName])].sort());
  const onError = (event) => console.warn(event.detail.issues);

  return (
    <>
      <PowerRampGauge {...sakai.ramp} onReady={onReady} onError={onError} />
      <SiteMap
        {...sakai.sites}
        onReady={onReady}
        onError={onError}
        onSelect={(event) => console.info(`${event.detail.site.name} selected`)}
      />
      <DealValueCard {...sakai.deal} onReady={onReady} onError={onError} />
      <output id="lede-ready">{ready.join(' ')}</output>
    </>
  );
}
