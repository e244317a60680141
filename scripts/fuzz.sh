#!/usr/bin/env bash
# Builds one libFuzzer target of Fuzz/ (with AddressSanitizer) and runs it.
#
#   scripts/fuzz.sh TARGET [SECONDS]   TARGET: argdown, yaml, kialo, aif, browser or all
#                                      SECONDS: how long each target runs (default 60)
#   scripts/fuzz.sh TARGET -- ARGS     runs the target with libFuzzer ARGS instead, e.g. an
#                                      input to replay: scripts/fuzz.sh yaml -- crash-1234
#
# The build goes to .build-fuzz (release, -sanitize=fuzzer,address). Each run starts from the
# corpus it grew before (.build-fuzz/work/corpus/TARGET), the seeds taken from our own fixtures,
# and the inputs of past findings (Tests/TestSupport/Fixtures/fuzz/TARGET). An input that
# crashes, trips a sanitizer, takes over a second or 2 GB is saved to
# .build-fuzz/work/findings/TARGET/ and the script exits non-zero. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

targets=(argdown yaml kialo aif browser)
usage() { echo "usage: scripts/fuzz.sh argdown|yaml|kialo|aif|browser|all [SECONDS | -- LIBFUZZER-ARGS]" >&2; exit 2; }
[ $# -ge 1 ] || usage
target="$1"; shift
scratch="$root/.build-fuzz"
# SwiftPM passes -sanitize=fuzzer and -sanitize=address as two flags, and swiftc keeps only the
# last, so without the -Xswiftc below the Swift code would get no coverage instrumentation.
build() {
  (cd Fuzz && swift build -c release --scratch-path "$scratch" "$@" \
    --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol"; exit "${PIPESTATUS[0]}")
}
if [ "$target" = all ]; then
  # One build for every target (faster than one per target), then each run.
  build || { echo "scripts/fuzz.sh: error: the fuzz targets do not build" >&2; exit 1; }
  for t in "${targets[@]}"; do FUZZ_BUILT=1 "$0" "$t" "$@"; done
  exit 0
fi
[[ " ${targets[*]} " == *" $target "* ]] || usage
seconds=60
passthrough=()
if [ $# -ge 1 ] && [ "$1" = "--" ]; then shift; passthrough=("$@")
elif [ $# -ge 1 ]; then seconds="$1"; fi

if [ -z "${FUZZ_BUILT:-}" ]; then
  build --product "fuzz-$target" || { echo "scripts/fuzz.sh: error: fuzz-$target does not build" >&2; exit 1; }
fi
bin="$scratch/release/fuzz-$target"
[ -x "$bin" ] || { echo "scripts/fuzz.sh: error: $bin was not built" >&2; exit 1; }

if [ ${#passthrough[@]} -gt 0 ]; then SWIFT_BACKTRACE=enable=no exec "$bin" "${passthrough[@]}"; fi

# Not in $scratch/artifacts: SwiftPM owns that folder and empties it.
corpus="$scratch/work/corpus/$target"
seeds="$scratch/work/seeds/$target"
artifacts="$scratch/work/findings/$target"
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$artifacts"
fixtures=Tests/TestSupport/Fixtures
seed() { for f in "$@"; do [ -f "$f" ] && cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"; done; return 0; }
case "$target" in
  argdown) seed $fixtures/harbour/maps/*.argdown $fixtures/formats/argdown/*.argdown data/maps/*.argdown ;;
  yaml)    seed $fixtures/harbour/maps/*.argdown $fixtures/harbour/corpus.yaml data/corpus.yaml data/maps/*.argdown ;;
  kialo)   seed $fixtures/formats/kialo/*.txt ;;
  aif)     seed $fixtures/formats/aif/*.json ;;
  browser)
    # A byte picks the corpus, then keys (see Fuzz/Sources/fuzz-browser).
    printf '\x00jjlllEjjoO\x0ajv\x0a[]tmrnNd?q'  > "$seeds/walk-harbour"
    printf '\x02EGgjjjjlr\xf0\x14\x05jjm\xf1\x00\x00/a\x7f\x0a' > "$seeds/hostile-resize"
    printf '\x03E/harbour\x0anNo\xe0\x0a\x05\xe1\x00\x00\xe2\x10\x10' > "$seeds/seed-search-mouse"
    printf '\x01Ejjjjlv\xf2\xff\x63?GG' > "$seeds/mixed-wide"
    printf '\x04jkhlEmrv?/x' > "$seeds/empty"
    # Counts, the filter, copy, problems, the reader's search (issues 22 and 23).
    printf '\x0012j3JG&opposed\x0ayY!\x1bjjlr/the\x0ann\x1bq' > "$seeds/counts-filter-copy" ;;
esac
[ -d "$fixtures/fuzz/$target" ] && seed "$fixtures/fuzz/$target"/*
# Shapes the hostile-input and real-files issues named (clusters, CR and CRLF, many
# documents, deep chains, speakers): seeds of our own, not findings.
[ -d "$fixtures/fuzz-seeds/$target" ] && seed "$fixtures/fuzz-seeds/$target"/*

dict=()
[ -f "Fuzz/Dictionaries/$target.dict" ] && dict=(-dict="Fuzz/Dictionaries/$target.dict")
echo "fuzz-$target: $seconds s, corpus $corpus"
set +e
# libFuzzer reports a trap itself; Swift's backtracer would hold the output pipe open.
SWIFT_BACKTRACE=enable=no "$bin" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" "$seeds" 2>&1 | grep --line-buffered -v "^#[0-9].*\(NEW\|REDUCE\|pulse\)"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "scripts/fuzz.sh: fuzz-$target found a failure (status $status); inputs in $artifacts/" >&2
  echo "replay one with: scripts/fuzz.sh $target -- $artifacts/<file>" >&2
  exit 1
fi
