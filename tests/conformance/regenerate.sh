#!/usr/bin/env bash
# Rewrites the golden files of the conformance suite by running real Elixir (1.14 / OTP 25) on
# every case. Scripts run from their group folder as `elixir name.exs`, so file names in
# messages are relative and reproducible; IEx sessions are piped into `iex` the way a learner
# would paste them.
#
#   tests/conformance/regenerate.sh              # everything
#   tests/conformance/regenerate.sh exs          # scripts only
#   tests/conformance/regenerate.sh iex          # sessions only
#   tests/conformance/regenerate.sh errors/match_error.exs shell_prompts.iex   # some cases
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# A session whose shell was killed restarts IEx, and the restarted shell does not stop at the
# end of its input: give every session a deadline and keep the transcript it printed by then.
IEX_DEADLINE="${IEX_DEADLINE:-8}"

# The goldens pin one version's output (inspect, messages, warnings): refuse any other.
versions="$(elixir --version 2>/dev/null || true)"
if ! grep -q "^Elixir 1\.14\." <<<"$versions" || ! grep -q "^Erlang/OTP 25 " <<<"$versions"; then
  echo "regenerate.sh: needs Elixir 1.14 on Erlang/OTP 25, found:" >&2
  echo "${versions:-no elixir on PATH}" >&2
  exit 1
fi

run_exs() { # path relative to exs/, e.g. errors/match_error.exs
  local rel="$1" dir name status
  dir="exs/$(dirname "$rel")"
  name="$(basename "$rel" .exs)"
  status=0
  (cd "$dir" && elixir "$name.exs" >"$name.stdout" 2>"$name.stderr" </dev/null) || status=$?
  echo "$status" >"$dir/$name.status"
  echo "exs/$rel -> status $status"
}

run_iex() { # file name inside iex/, e.g. shell_prompts.iex
  local file="$1" name
  name="$(basename "$file" .iex)"
  { (cd iex && cat "$name.iex" | timeout -s KILL "$IEX_DEADLINE" iex >"$name.out" 2>&1) || true; } 2>/dev/null
  echo "iex/$file"
}

all_exs() { (cd exs && find . -name '*.exs' | sed 's|^\./||' | sort); }
all_iex() { (cd iex && find . -maxdepth 1 -name '*.iex' | sed 's|^\./||' | sort); }

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(exs iex)

for t in "${targets[@]}"; do
  case "$t" in
    exs) while read -r f; do run_exs "$f"; done < <(all_exs) ;;
    iex) while read -r f; do run_iex "$f"; done < <(all_iex) ;;
    *.exs) run_exs "${t#exs/}" ;;
    *.iex) run_iex "$(basename "$t")" ;;
    *) echo "regenerate.sh: unknown target $t" >&2; exit 2 ;;
  esac
done
