'use client';
// Loads the browser build for the server-rendered widgets inside it. Their HTML comes from
// renderHtml, not from React elements, so React has no prop to hang a listener on: lede-ready
// bubbles out of each widget to this wrapper, which listens before the build loads.
import { useEffect, useRef, useState } from 'react';

export default function Hydrate({ children }) {
  const wrapper = useRef(null);
  const [ready, setReady] = useState([]);

  useEffect(() => {
    const element = wrapper.current;
    const onReady = (event) =>
      setReady((tags) => [...new Set([...tags, event.target.localName])].sort());
    element.addEventListener('lede-ready', onReady);
    import('lede-widgets/define');
    return () => element.removeEventListener('lede-ready', onReady);
  }, []);

  return (
    <div ref={wrapper}>
      {children}
      <output id="lede-ready">{ready.join(' ')}</output>
    </div>
  );
}
