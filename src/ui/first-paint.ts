// Waiting for the first contentful paint, so code the page can do without at first (Monaco,
// the lesson machinery) does not compete with painting what index.html already holds.

/**
 * Resolves once the browser has painted content (the lesson). A frame callback is not enough:
 * it runs before the frame is presented. Browsers without paint timing, or a tab that never
 * paints, fall back to a delay.
 */
export function afterFirstPaint(fallbackMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (painted()) return resolve();
    const timer = setTimeout(done, fallbackMs);
    let observer: PerformanceObserver | null = null;
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    try {
      observer = new PerformanceObserver(() => painted() && done());
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the fallback delay decides.
    }
  });
}
