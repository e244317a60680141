#!/usr/bin/env bash
# Build DebateMap as one self-contained binary, with the Swift standard library and
# Foundation linked in, and check that it runs on a machine with no Swift installed: copy it
# to a server and browse over SSH. It needs only the system's C libraries and ncursesw.
#
#   scripts/static.sh          build .build-static/release/debatemap and check it
#
# The check: the binary names no Swift library, and it runs in a chroot holding nothing but
# it, the system libraries `ldd` lists and /proc (as root; otherwise with an empty
# environment and the linker check alone, said so), printing what the dynamic build prints.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --static-swift-stdlib --product debatemap --scratch-path .build-static
bin=.build-static/release/debatemap
echo "static.sh: $bin, $(du -h "$bin" | cut -f1)"

needed="$(readelf -d "$bin" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')"
echo "static.sh: it needs only: $(echo $needed)"
if echo "$needed" | grep -Eiq 'swift|foundation|dispatch|icu|BlocksRuntime'; then
  echo "static.sh: error: the binary still needs a Swift library" >&2
  exit 1
fi

# What the ordinary build prints, for comparison (built here if not yet).
[ -x .build/debug/debatemap ] || swift build --product debatemap
reference=.build/debug/debatemap
plain() { env -i PATH=/usr/sbin:/usr/bin:/bin "$@"; }

# The chroot needs /proc: a statically linked Swift program reads its arguments from
# /proc/self/cmdline, as every Linux machine has it.
root="$(mktemp -d)"
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
if [ "$(id -u)" = 0 ] && command -v chroot >/dev/null && mkdir -p "$root/proc" && mount -t proc proc "$root/proc" 2>/dev/null; then
  cp "$bin" "$root/debatemap"
  for lib in $(ldd "$bin" | grep -o '/[^ ]*'); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  run() { plain chroot "$root" /debatemap "$@"; }
  where="in a chroot holding only it and the system libraries it names"
else
  run() { plain "$bin" "$@"; }
  where="with an empty environment (no chroot here: not root, or /proc cannot be mounted)"
fi

run --version
run check >/dev/null
diff <(plain "$reference" list) <(run list)
diff <(plain "$reference" export --to json) <(run export --to json)
echo "static.sh: the self-contained binary runs $where and prints what the dynamic build prints"
