#!/usr/bin/env bash
# Regenerate the README's generated blocks from the built binary, so what the README shows
# is what DebateMap prints: command output, browser screens captured in a real terminal
# (tmux, 80×24), and the key table.
#
#   scripts/readme.sh            rewrite README.md in place
#   scripts/readme.sh --check    exit 1, with a diff, if README.md is not current
#
# A generated block sits between `<!-- BEGIN name -->` and `<!-- END name -->`; the
# script replaces what is between them and leaves every other line as written.
# DEBATEMAP names the binary (default: .build/debug/debatemap, built by `swift build`).
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${DEBATEMAP:-.build/debug/debatemap}"
[ -x "$bin" ] || { echo "scripts/readme.sh: error: $bin not built (run swift build)" >&2; exit 2; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
command -v tmux >/dev/null || { echo "scripts/readme.sh: error: tmux is needed for the screens" >&2; exit 2; }

work="$(mktemp -d)"
socket="$work/tmux.sock"
cleanup() { tmux -S "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Commands run in a plain environment: no colour, 80 columns, the built-in corpus.
run() { env -i PATH="$PATH" LANG=C.UTF-8 NO_COLOR=1 COLUMNS=80 "$bin" "$@"; }

tmuxc() { tmux -S "$socket" -f /dev/null "$@"; }

# The pane's text, trailing spaces trimmed.
pane() { tmuxc capture-pane -p -t main | sed -e 's/[[:space:]]*$//'; }

# Waits until the pane has not changed for a moment (at most 5 s).
settle() {
  local before now i
  before="$(pane)"
  for i in $(seq 1 100); do
    sleep 0.05
    now="$(pane)"
    if [ "$now" = "$before" ] && [ -n "$(printf '%s' "$now" | tr -d '[:space:]')" ]; then return 0; fi
    before="$now"
  done
  echo "scripts/readme.sh: error: the screen did not settle" >&2
  return 1
}

# screen KEY...: the browser's screen after typing the keys (tmux key names), one by one.
screen() {
  tmuxc kill-server 2>/dev/null || true
  tmuxc new-session -d -x 80 -y 24 -s main \
    env -i PATH="$PATH" LANG=C.UTF-8 TERM=xterm-256color "$bin"
  settle
  local key
  for key in "$@"; do
    tmuxc send-keys -t main "$key"
    settle
  done
  pane
  tmuxc kill-server 2>/dev/null || true
}

# block NAME LANG: reads the block's content on stdin and stores it fenced (or bare for md).
block() {
  local name="$1" lang="$2"
  {
    if [ "$lang" = "md" ]; then cat; else printf '```%s\n' "$lang"; cat; printf '```\n'; fi
  } > "$work/block.$name"
}

run matrix                                              | block matrix text
run list                                                | block list text
run opposing zubkovych-grave-mistake               | block opposing text
run search 'refugee'                                    | block search text
run show galeotti-soft-power-not-neglected| block show text
run clashes --topic asylum                              | block clashes text
screen                                                  | block screen-start text
screen j l j l                                          | block screen-position text
screen j l j l j o                                      | block screen-jump text
screen j l j l j v                                      | block screen-versus text
screen j l j l Tab j j j j j j                          | block screen-pane text
screen x                                                | block screen-clashes text
screen x R                                              | block screen-contested text
screen j l j l j r                                      | block screen-reader text
screen m                                                | block screen-matrix text
screen / c o l o n i e s                                | block screen-search text
run keys --format markdown                              | block keys md

# Splice the blocks into the README.
awk -v dir="$work" '
  /^<!-- BEGIN [a-z-]+ -->$/ {
    print; name = $3; file = dir "/block." name
    if ((getline line < file) <= 0) { print "scripts/readme.sh: error: no block named " name > "/dev/stderr"; exit 3 }
    print line; while ((getline line < file) > 0) print line
    skipping = 1; next
  }
  /^<!-- END [a-z-]+ -->$/ { skipping = 0 }
  !skipping { print }
' README.md > "$work/README.md"

if [ "${1:-}" = "--check" ]; then
  if ! diff -u README.md "$work/README.md"; then
    echo "scripts/readme.sh: error: README.md is out of date; run scripts/readme.sh" >&2
    exit 1
  fi
else
  cp "$work/README.md" README.md
fi
