// Hash routes, so every lesson and step has a URL a teacher can hand out and that works on a
// static host (GitHub Pages serves one index.html; the part after `#` never reaches it):
// `#/lessons` is the list, `#/lessons/supervisor/3` is step 3 of the lesson `06-supervisor.md`.
export type Route = { view: 'list' } | { view: 'step'; slug: string; step: number };

export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '/lessons' || path === '/lessons/') return { view: 'list' };
  const m = /^\/lessons\/([a-z0-9-]+)(?:\/(\d+))?\/?$/.exec(path);
  if (m === null) return null;
  return { view: 'step', slug: m[1]!, step: m[2] === undefined ? 1 : Number(m[2]) };
}

export function routeHash(route: Route): string {
  return route.view === 'list' ? '#/lessons' : `#/lessons/${route.slug}/${route.step}`;
}
