#!/usr/bin/env bash
# Fuzzes RuralStat's readers with libFuzzer and AddressSanitizer (issue 14).
#
#   scripts/fuzz.sh TARGET SECONDS      TARGET: csv, xlsx, gb18030, toml, formula, or all
#
# Builds the harnesses of Fuzz/ (release, -sanitize=fuzzer,address, which instruments the
# main package's modules too), then runs each chosen target for SECONDS with its seeds and
# past crashers from Fuzz/Corpus/TARGET. New inputs go to a working corpus outside the
# repository (Fuzz/.work/TARGET, kept between runs); a crash, timeout (10 s) or memory
# over 2 GB is written to Fuzz/.work/artifacts/ and makes the script exit 1. For each target
# it prints `fuzz TARGET: N runs in S s, exit E, crash files: C`. `all 720` is the one-hour
# campaign. CSV and XLSX inputs go up to 256 KiB, past the 64 KiB blocks and chunks the
# readers work in, so that records and tags cut by a block boundary are fuzzed too.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh csv|xlsx|gb18030|toml|formula|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
case "$target" in
    all) targets=(csv xlsx gb18030 toml formula) ;;
    csv|xlsx|gb18030|toml|formula) targets=("$target") ;;
    *) echo "error: unknown fuzz target '$target' (csv, xlsx, gb18030, toml, formula, all)" >&2; exit 64 ;;
esac
declare -A products=([csv]=FuzzCSV [xlsx]=FuzzXLSX [gb18030]=FuzzGB18030 [toml]=FuzzTOML [formula]=FuzzFormula)
declare -A lengths=([csv]=262144 [xlsx]=262144 [gb18030]=16384 [toml]=16384 [formula]=4096)

swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
bin=$(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)
mkdir -p Fuzz/.work/artifacts
status=0
for name in "${targets[@]}"; do
    work="Fuzz/.work/$name"
    mkdir -p "$work"
    log="Fuzz/.work/$name.log"
    set +e
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$bin/${products[$name]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${lengths[$name]}" \
        -print_final_stats=1 -artifact_prefix="Fuzz/.work/artifacts/$name-" \
        "$work" "Fuzz/Corpus/$name" >"$log" 2>&1
    code=$?
    set -e
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo 0)
    crashes=$(ls Fuzz/.work/artifacts/ 2>/dev/null | grep -c "^$name-" || true)
    echo "fuzz $name: $runs runs in $seconds s, exit $code, crash files: $crashes"
    if [ "$code" -ne 0 ]; then
        status=1
        tail -40 "$log" >&2
    fi
done
exit "$status"
