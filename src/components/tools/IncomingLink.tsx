// Island at the top of a tool page (and Min självskattning, or any page that drops it in): when
// the page is opened with "#kod=…", the panel that reads it (./IncomingPanel.tsx) is loaded and
// shown here, at the top – otherwise nothing loads and nothing shows.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function IncomingLink() {
  const [Panel, setPanel] = useState<ComponentType<{ hash: string }> | null>(null);
  const [hash, setHash] = useState('');
  useEffect(() => {
    const check = () => {
      if (!window.location.hash.startsWith('#kod=')) return;
      setHash(window.location.hash);
      void import('./IncomingPanel').then((m) => setPanel(() => m.IncomingPanel));
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
  return Panel && hash ? <Panel key={hash} hash={hash} /> : null;
}
