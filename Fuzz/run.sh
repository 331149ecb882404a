#!/usr/bin/env bash
# Builds the libFuzzer target for the answer grammar and fuzzes it for N seconds (default 60).
#
#   ./run.sh            # 60 seconds
#   ./run.sh 300        # 5 minutes
#   FORK=2 ./run.sh 300 # 2 worker processes; keep going after crashes, timeouts and OOMs
#   ./run.sh 60 -seed=1 # any further arguments go to libFuzzer
#
# New inputs go to .build/fuzz-corpus (Corpus/ holds the checked-in seeds and is only read);
# crashes, timeouts and OOMs go to Findings/. Replay one with
#   swift run -c release fuzz-replay Findings/crash-...
# See Docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-60}"
shift || true

build=(swift build -c release --sanitize=fuzzer -Xswiftc -parse-as-library --product ExpressionFuzzer)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/ExpressionFuzzer"

mkdir -p .build/fuzz-corpus Findings
flags=(-max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=10
       -dict=expression.dict -artifact_prefix=Findings/ -print_final_stats=1)
if [[ "${FORK:-0}" -gt 0 ]]; then
  flags+=(-fork="$FORK" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi

# Swift's backtracer would otherwise hang after the first crash instead of exiting.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "${flags[@]}" "$@" .build/fuzz-corpus Corpus
