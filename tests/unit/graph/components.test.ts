// The observer components rendered by Svelte's server renderer, compiled by Vite with the
// project's Svelte plugin: the text tree (the graph's accessible alternative), the inspector
// and the process table, fed through the same ObserverState the page uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { PageCommand, ProcessDetails } from '../../../src/worker/protocol.ts';
import { delta, poolSnapshot, proc, SUP, worker } from './fixtures.ts';

let vite: ViteDevServer;

/** The attributes of every element opened with `opening` (SSR leaves `>` unescaped in values). */
function elements(html: string, opening: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let at = html.indexOf(opening);
  while (at >= 0) {
    const attr = /\s([\w-]+)="([^"]*)"/y;
    attr.lastIndex = at + opening.length;
    const attrs: Record<string, string> = {};
    for (let m = attr.exec(html); m !== null; m = attr.exec(html)) attrs[m[1]!] = unescape(m[2]!);
    out.push(attrs);
    at = html.indexOf(opening, at + 1);
  }
  return out;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [svelte({ compilerOptions: { dev: false } })],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
}, 60_000);

afterAll(async () => {
  await vite?.close();
});

async function renderWith(component: string, feed: (o: any, sent: PageCommand[]) => void): Promise<string> {
  const { render } = (await vite.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
  const { ObserverState } = await vite.ssrLoadModule('/src/ui/observer/observer.svelte.ts');
  const Component = (await vite.ssrLoadModule(component)).default;
  const sent: PageCommand[] = [];
  const observer = new ObserverState({ crashMs: 1000, now: () => 0, send: (c: PageCommand) => sent.push(c) });
  feed(observer, sent);
  return render(Component, { props: { observer } }).body;
}

const renderTree = (feed: (o: any) => void): Promise<string> => renderWith('/src/ui/graph/ProcessTree.svelte', feed);

describe('ProcessTree', () => {
  it('renders a labelled tree of the processes with their names and pids', async () => {
    const html = await renderTree((o) => o.handle(poolSnapshot([proc('<0.120.0>', { label: 'Stack.loop/1' })])));
    expect(html).toMatch(/<ul[^>]*role="tree"[^>]*aria-label="Process tree"|<ul[^>]*aria-label="Process tree"[^>]*role="tree"/);
    const items = elements(html, '<li role="treeitem"').map((a) => `${a['aria-level']} ${a['aria-label']}`);
    expect(items).toEqual([
      '1 nonode@nohost, the node',
      '2 IEx.Evaluator <0.100.0>, shell, waiting (receive)',
      '2 Pooly.Supervisor <0.110.0>, supervisor, waiting (receive)',
      '3 Pooly.Worker <0.111.0>, worker, waiting (receive)',
      '3 Pooly.Worker <0.112.0>, worker, waiting (receive)',
      '3 Pooly.Worker <0.113.0>, worker, waiting (receive)',
      '3 Pooly.Worker <0.114.0>, worker, waiting (receive)',
      '3 Pooly.Worker <0.115.0>, worker, waiting (receive)',
      '2 spawned processes, 1',
      '3 Stack.loop/1 <0.120.0>, waiting (receive)',
    ]);
    // One item in the tab order: the first, while nothing is selected.
    expect(elements(html, '<li role="treeitem"').filter((a) => a.tabindex === '0').map((a) => a['data-id'])).toEqual(['root']);
  }, 60_000);

  it('shows a restart: the crashed child with its reason, then its successor with the count', async () => {
    const html = await renderTree((o) => {
      o.handle(poolSnapshot());
      o.handle(
        delta({
          removed: [{ pid: '<0.113.0>', reason: ':killed' }],
          added: [worker('<0.130.0>', 2)],
          restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: '<0.113.0>', newPid: '<0.130.0>', reason: ':killed' }],
        }),
      );
      o.select('<0.130.0>');
    });
    const items = elements(html, '<li role="treeitem"');
    const labels = items.map((a) => a['aria-label']);
    const at = labels.indexOf('Pooly.Worker <0.113.0>, crashed with :killed, restarted as <0.130.0>');
    expect(at).toBeGreaterThan(0);
    expect(labels[at + 1]).toBe('Pooly.Worker <0.130.0>, worker, waiting (receive), restarted 1 time');
    // The count shows as a badge of its own, never cut with the status words.
    expect([...html.matchAll(/<span class="count[^"]*"[^>]*>([^<]*)<\/span>/g)].map((m) => unescape(m[1]!))).toEqual(['\u21bb1']);
    expect(items.filter((a) => a['aria-selected'] === 'true').map((a) => a['data-id'])).toEqual(['<0.130.0>']);
    // The selected item is the one in the tab order.
    expect(items.filter((a) => a.tabindex === '0').map((a) => a['data-id'])).toEqual(['<0.130.0>']);
  }, 60_000);
});

describe('Inspector', () => {
  it('shows the mailbox, the state from :sys.get_state and a kill form for the selected process', async () => {
    const html = await renderWith('/src/ui/observer/Inspector.svelte', (o, sent) => {
      o.handle(poolSnapshot());
      o.handle(delta({ changed: [{ pid: '<0.112.0>', messageQueueLen: 2, trapExit: true }] }));
      o.select('<0.112.0>');
      const request = sent.find((c) => c.type === 'inspect');
      expect(request).toMatchObject({ type: 'inspect', pid: '<0.112.0>' });
      const details: ProcessDetails = {
        ...o.model.process('<0.112.0>'),
        currentFunction: 'gen_server.loop/7',
        messages: ['{:push, 1}', ':pop'],
        messagesTruncated: false,
        dictionary: [],
        state: '%{items: [1, 2]}',
        stateError: null,
      };
      o.handle({ type: 'inspectResult', requestId: (request as { requestId: number }).requestId, pid: '<0.112.0>', details });
    });
    const text = unescape(html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(text).toContain('Pooly.Worker <0.112.0>');
    expect(text).toContain('Current function gen_server.loop/7');
    expect(text).toContain('Message queue (2) {:push, 1} :pop');
    expect(text).toContain('%{items: [1, 2]}');
    expect(text).toContain('trap_exit true');
    expect(text).toMatch(/Links <0.110.0>/);
    expect(elements(html, '<input').map((a) => a.value)).toEqual([':kill']);
    expect(text).toContain('Kill <0.112.0>');
  }, 60_000);

  it('says how a crashed process ended and who replaced it', async () => {
    const html = await renderWith('/src/ui/observer/Inspector.svelte', (o) => {
      o.handle(poolSnapshot());
      o.select('<0.113.0>');
      o.handle(
        delta({
          removed: [{ pid: '<0.113.0>', reason: ':killed' }],
          added: [worker('<0.130.0>', 2)],
          restarts: [{ supervisor: SUP, childId: ':worker_2', oldPid: '<0.113.0>', newPid: '<0.130.0>', reason: ':killed' }],
        }),
      );
    });
    const text = unescape(html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(text).toContain('Exited with :killed');
    expect(text).toContain('restarted it as <0.130.0>');
    expect(text).not.toContain('Kill');
  }, 60_000);
});

describe('ProcessList', () => {
  it('lists live processes, busiest first', async () => {
    const html = await renderWith('/src/ui/observer/ProcessList.svelte', (o) => {
      o.handle(poolSnapshot());
      o.handle(delta({ changed: [{ pid: '<0.114.0>', reductions: 5000 }, { pid: '<0.100.0>', reductions: 900 }] }));
    });
    const pids = [...unescape(html).matchAll(/class="row-select[^"]*">(<0\.\d+\.0>)/g)].map((m) => m[1]);
    expect(pids.slice(0, 2)).toEqual(['<0.114.0>', '<0.100.0>']);
    expect(pids).toHaveLength(7);
    expect(elements(html, '<th scope="col"').map((a) => a['aria-sort'])).toEqual(['none', 'none', 'none', 'descending', 'none']);
  }, 60_000);
});

describe('SystemInfo', () => {
  it('shows the process count, uptime, reductions and memory the Worker reported', async () => {
    const html = await renderWith('/src/ui/observer/SystemInfo.svelte', (o) => {
      o.handle({ ...poolSnapshot(), system: { processCount: 7, uptimeMs: 83_000, totalReductions: 123_456, memoryBytes: 21_500_000 } });
    });
    const text = unescape(html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(text).toContain('Processes 7');
    expect(text).toContain('Uptime 1:23');
    expect(text).toContain('Reductions 123,456');
    expect(text).toContain('Memory 20.5 MiB');
    expect(text).not.toContain('Run queue');
  }, 60_000);
});
