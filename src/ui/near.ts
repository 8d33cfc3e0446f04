// The client directive `client:near` (registered in src/integrations/tool-wake.ts): an island
// that wakes when the reader comes near it, like client:visible with a margin – or at once when
// the address carries data in its fragment (an answer code in "#kod=…"), which such an island
// may have to ask about before the reader scrolls. Used for the share block under every tool, and
// for the link panel at the top of a page: it draws nothing, so it wakes only for a code.
import type { ClientDirective } from 'astro';

const near: ClientDirective = (load, _options, el) => {
  let woken = false;
  const start = () => {
    if (woken) return;
    woken = true;
    io.disconnect();
    removeEventListener('hashchange', onHash);
    void load().then((hydrate) => hydrate());
  };
  const onHash = () => location.hash.includes('=') && start();
  const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '300px' });
  addEventListener('hashchange', onHash);
  if (location.hash.includes('=')) return start();
  for (const child of el.children) io.observe(child);
};

export default near;
