// The prelude calls across its own modules (DynamicSupervisor into Supervisor, GenServer into
// :erlang...). Such a call is resolved only when it runs, so a remote call to a function that
// does not exist, or is private, would surface as an UndefinedFunctionError in some rarely taken
// branch. This walks the compiled prelude and checks every remote call site up front.
import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/runtime/index.ts';
import { preludeSources } from '../../../src/runtime/prelude/index.ts';
import { lookupBif } from '../../../src/runtime/bifs/registry.ts';
import type { CallSite, FunctionCode, Lambda } from '../../../src/runtime/compiler/code.ts';
import { runExs } from '../../../src/runtime/index.ts';

function isSite(k: unknown): k is CallSite {
  return typeof k === 'object' && k !== null && 'folded' in k && 'version' in k && 'module' in k;
}

function isLambda(k: unknown): k is Lambda {
  return typeof k === 'object' && k !== null && 'code' in k && 'nenv' in k;
}

describe('the prelude calls only functions that exist', () => {
  it('every remote call site names an exported function or a native', () => {
    const modules = new Runtime({ prelude: preludeSources }).node.modules;
    const seen = new Set<FunctionCode>();
    const missing: string[] = [];
    let sites = 0;
    const walk = (fn: FunctionCode, where: string): void => {
      if (seen.has(fn)) return;
      seen.add(fn);
      for (const k of fn.consts) {
        if (isLambda(k)) walk(k.code, where);
        else if (isSite(k)) {
          sites++;
          const key = `${k.name.name}/${k.arity}`;
          const m = modules.get(k.module);
          if (m?.exports.has(key) || lookupBif(k.module.name, k.name.name, k.arity) !== undefined) continue;
          if (m !== undefined && key === '__info__/1') continue;
          missing.push(`${where} calls ${k.module.name}.${key}`);
        }
      }
    };
    for (const m of modules.values()) for (const [key, fn] of m.functions) walk(fn, `${m.name.name}.${key}`);
    expect(sites).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('DynamicSupervisor stops its children through the function Supervisor stops them with', async () => {
    // A child that traps exits and ignores :shutdown is killed once its shutdown time is up.
    const run = await runExs(
      `{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
       stubborn = fn -> Process.flag(:trap_exit, true); Process.sleep(:infinity) end
       {:ok, pid} = DynamicSupervisor.start_child(sup, %{id: :x, start: {Task, :start_link, [stubborn]}, shutdown: 10})
       ref = Process.monitor(pid)
       IO.inspect(DynamicSupervisor.terminate_child(sup, pid))
       receive do {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason) end`,
      'stubborn.exs',
    );
    expect(run.stdout).toBe(':ok\n:killed\n');
  });
});
