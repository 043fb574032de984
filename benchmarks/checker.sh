#!/usr/bin/env bash
# The checker's cost: wall time of javac with the ectx checker over plain javac, on this
# repository's checked modules (hal-sim, kernel-sample) and on the real sources of Apache
# commons-lang3, with the Checker Framework's GUI Effect Checker as the peer. Also a robustness
# run: the checker on commons-lang3 (unannotated code) must not crash and must report nothing.
#
# Prints `name value unit` lines on stdout; progress and notes go to stderr.
# Environment: BENCH_REPS (repetitions per measurement, median reported; default 3),
# LANG3_VERSION (default: the root pom's bench.lang3.version), BENCH_ONLY (kernel or lang3: run
# only that part).
#
# Every run is a separate `javac` process compiling into a fresh temporary directory with the
# same flags (the javac internals the Checker Framework needs on JDK 17, as in .mvn/jvm.config).
# Wall time, CPU time (user + system, all threads) and peak memory (maximum resident set size
# of the javac process) come from /usr/bin/time when present; without it, wall time comes
# from `date` and the others are NA. On a shared machine the CPU-time ratios (*_cpu_ratio) are
# the steadier figure; the goals are stated on wall time.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/benchmarks/.cache"
reps="${BENCH_REPS:-3}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"

note() { echo "checker.sh: $*" >&2; }
metric() { echo "$1 $2 $3"; }

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -n 1
}

cf_version="$(pom_property checkerframework.version "$root/pom.xml")"
dependency_plugin="$(pom_property dependency-plugin.version "$root/pom.xml")"
lang3_version="${LANG3_VERSION:-$(pom_property bench.lang3.version "$root/pom.xml")}"

cf_dir="$m2/org/checkerframework"
cf_checker="$cf_dir/checker/$cf_version/checker-$cf_version.jar"
cf_qual="$cf_dir/checker-qual/$cf_version/checker-qual-$cf_version.jar"
cf_util="$cf_dir/checker-util/$cf_version/checker-util-$cf_version.jar"

javac_opens=()
for pkg in api code file main model parser processing tree util; do
  javac_opens+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$pkg=ALL-UNNAMED")
done
javac_opens+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

# The same flags for every run: raw diagnostics so checker messages can be counted exactly
# (`compiler.err.proc.messager` / `compiler.warn.proc.messager`), and no lint noise.
common_flags=(-encoding UTF-8 -nowarn -Xlint:none -XDrawDiagnostics -Xmaxerrs 100000 -Xmaxwarns 100000)



workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

# Private copies of the built classes, so that a build running meanwhile cannot disturb a run.
annotations_classes="$workdir/annotations-classes"
checker_classes="$workdir/checker-classes"

ectx_processor=(-processorpath "$checker_classes:$annotations_classes:$cf_checker:$cf_qual:$cf_util"
  -processor dev.ectx.checker.ExecutionContextChecker)
guieffect_processor=(-processorpath "$cf_checker:$cf_qual:$cf_util"
  -processor org.checkerframework.checker.guieffect.GuiEffectChecker)

# The classpath every run gets (plain runs too, so only the processor differs).
user_cp="$annotations_classes:$checker_classes:$cf_qual"

build_checker() {
  note "building annotations and checker (mvn -o -pl checker -am compile)"
  (cd "$root" && { mvn -B -q -o -pl checker -am compile >"$workdir/mvn.log" 2>&1 ||
    mvn -B -q -pl checker -am compile >"$workdir/mvn.log" 2>&1; }) || {
    cat "$workdir/mvn.log" >&2
    note "the checker does not build"
    exit 1
  }
  for jar in "$cf_checker" "$cf_qual" "$cf_util"; do
    [ -f "$jar" ] || { note "missing $jar"; exit 1; }
  done
  cp -r "$root/annotations/target/classes" "$annotations_classes"
  cp -r "$root/checker/target/classes" "$checker_classes"
}

# fetch_lang3: unpacks the commons-lang3 sources jar into $cache/lang3-$version/src (once).
fetch_lang3() {
  local dir="$cache/lang3-$lang3_version"
  if [ ! -d "$dir/src" ]; then
    mkdir -p "$dir"
    local artifact="org.apache.commons:commons-lang3:$lang3_version:jar:sources"
    local goal="org.apache.maven.plugins:maven-dependency-plugin:$dependency_plugin:copy"
    note "fetching $artifact"
    (cd "$dir" && { mvn -B -q -o "$goal" -Dartifact="$artifact" -DoutputDirectory="$dir" >"$workdir/fetch.log" 2>&1 ||
      mvn -B -q "$goal" -Dartifact="$artifact" -DoutputDirectory="$dir" >"$workdir/fetch.log" 2>&1; }) || {
      cat "$workdir/fetch.log" >&2
      return 1
    }
    mkdir -p "$dir/src.tmp"
    (cd "$dir/src.tmp" && unzip -q "$dir/commons-lang3-$lang3_version-sources.jar" 'org/*')
    mv "$dir/src.tmp" "$dir/src"
  fi
  echo "$dir/src"
}

# list_sources DIR...: writes the .java files under the given folders, sorted, to stdout.
list_sources() {
  find "$@" -name '*.java' -type f | LC_ALL=C sort
}

# run_javac LABEL OUTFILE ARGS...: one javac process; appends "wall_s peak_kb cpu_s exit" to
# $workdir/LABEL.runs and keeps its diagnostics in OUTFILE.
run_javac() {
  local label="$1" out="$2"
  shift 2
  local classes
  classes="$(mktemp -d "$workdir/classes.XXXX")"
  local status=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$workdir/time.txt" \
      javac "${javac_opens[@]}" "${common_flags[@]}" -d "$classes" "$@" >"$out" 2>&1 || status=$?
    tail -n 1 "$workdir/time.txt" | awk -v s="$status" '{printf "%s %s %.2f %s\n", $1, $2, $3 + $4, s}' \
      >>"$workdir/$label.runs"
  else
    local start end
    start="$(date +%s.%N)"
    javac "${javac_opens[@]}" "${common_flags[@]}" -d "$classes" "$@" >"$out" 2>&1 || status=$?
    end="$(date +%s.%N)"
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') NA NA $status" >>"$workdir/$label.runs"
  fi
  rm -rf "$classes"
}

# median LABEL COLUMN: the median of a column of $workdir/LABEL.runs.
median() {
  local values
  values="$(cut -d' ' -f"$2" "$workdir/$1.runs")"
  if echo "$values" | grep -q NA; then echo NA; return; fi
  echo "$values" | LC_ALL=C sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2f", a / b}'; }
peak_mb() { if [ "$1" = NA ]; then echo NA; else awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; fi; }

# Diagnostics of the checker's rules: `[key]` messages, less the Checker Framework's
# [slow.typechecking] note (it measures wall time per class, so it depends on the machine's load).
checker_messages() { grep 'proc\.messager: \[' "$1" | grep -vc '\[slow\.typechecking\]' || true; }
slow_classes() { grep -c 'proc\.messager: \[slow\.typechecking\]' "$1" || true; }
crash_reports() {
  grep -cE 'The Checker Framework crashed|type system implementation is buggy|An exception has occurred in the compiler|threw an uncaught exception' "$1" || true
}
javac_errors() { grep 'compiler\.err\.' "$1" | grep -vc 'proc\.messager' || true; }
crashed() { [ "$(crash_reports "$1")" != 0 ]; }

# The -Aectx.* options a module's pom passes to the checker, with ${property} resolved
# from the module's pom or the root pom.
module_checker_options() {
  local pom="$root/$1/pom.xml" arg
  sed -n 's:.*<arg>\(-Aectx\.[^<]*\)</arg>.*:\1:p' "$pom" | while read -r arg; do
    while [[ "$arg" =~ \$\{([^}]*)\} ]]; do
      local name="${BASH_REMATCH[1]}" value
      value="$(pom_property "$name" "$pom")"
      [ -n "$value" ] || value="$(pom_property "$name" "$root/pom.xml")"
      arg="${arg//\$\{$name\}/$value}"
    done
    echo "$arg"
  done
}

# The ectx checker and plain javac on hal-sim, then kernel-sample (with hal-sim's classes).
bench_kernel() {
  local modules=() m
  for m in hal-sim kernel-sample; do
    if [ -d "$root/$m/src/main/java" ] && [ -n "$(list_sources "$root/$m/src/main/java")" ]; then
      modules+=("$m")
    else
      note "$m/src/main/java is absent or empty: not measured"
    fi
  done
  if [ ${#modules[@]} -eq 0 ]; then
    metric checker.kernel_ratio NA absent
    return
  fi
  local hal_classes="$workdir/hal-classes"
  mkdir -p "$hal_classes"
  if [[ " ${modules[*]} " == *" hal-sim "* ]]; then
    list_sources "$root/hal-sim/src/main/java" >"$workdir/hal-sim.files"
    javac "${javac_opens[@]}" "${common_flags[@]}" -proc:none -cp "$user_cp" -d "$hal_classes" \
      @"$workdir/hal-sim.files" >"$workdir/hal-build.out" 2>&1 || {
      cat "$workdir/hal-build.out" >&2
      note "hal-sim does not compile"
      metric checker.kernel_ratio NA error
      return
    }
  fi
  local files=0 rep
  for m in "${modules[@]}"; do
    list_sources "$root/$m/src/main/java" >"$workdir/$m.files"
    files=$((files + $(wc -l <"$workdir/$m.files")))
  done
  note "kernel: ${modules[*]} ($files files), $reps repetitions"
  for rep in $(seq "$reps"); do
    for m in "${modules[@]}"; do
      local options=() opt
      while read -r opt; do options+=("$opt"); done < <(module_checker_options "$m")
      run_javac "kernel-plain-$m" "$workdir/kernel-plain-$m.out" -proc:none -cp "$user_cp:$hal_classes" @"$workdir/$m.files"
      run_javac "kernel-ectx-$m" "$workdir/kernel-ectx-$m.out" "${ectx_processor[@]}" -Awarns "${options[@]}" \
        -cp "$user_cp:$hal_classes" @"$workdir/$m.files"
    done
  done
  local plain=0 ectx=0 plain_cpu=0 ectx_cpu=0 peak_plain=0 peak_ectx=0 diagnostics=0 crashes=0
  for m in "${modules[@]}"; do
    plain="$(awk -v a="$plain" -v b="$(median "kernel-plain-$m" 1)" 'BEGIN {print a + b}')"
    ectx="$(awk -v a="$ectx" -v b="$(median "kernel-ectx-$m" 1)" 'BEGIN {print a + b}')"
    plain_cpu="$(awk -v a="$plain_cpu" -v b="$(median "kernel-plain-$m" 3)" 'BEGIN {print a + b}')"
    ectx_cpu="$(awk -v a="$ectx_cpu" -v b="$(median "kernel-ectx-$m" 3)" 'BEGIN {print a + b}')"
    peak_plain="$(median "kernel-plain-$m" 2 | awk -v p="$peak_plain" '{print ($1 == "NA" || p == "NA") ? "NA" : ($1 > p ? $1 : p)}')"
    peak_ectx="$(median "kernel-ectx-$m" 2 | awk -v p="$peak_ectx" '{print ($1 == "NA" || p == "NA") ? "NA" : ($1 > p ? $1 : p)}')"
    diagnostics=$((diagnostics + $(checker_messages "$workdir/kernel-ectx-$m.out")))
    crashes=$((crashes + $(crash_reports "$workdir/kernel-ectx-$m.out")))
    if crashed "$workdir/kernel-ectx-$m.out"; then
      note "the checker crashed on $m:"
      grep -A 12 'proc\.messager: SourceChecker' "$workdir/kernel-ectx-$m.out" >&2
    fi
  done
  metric checker.kernel_files "$files" files
  metric checker.kernel_plain_s "$plain" s
  metric checker.kernel_ectx_s "$ectx" s
  metric checker.kernel_ratio "$(ratio "$ectx" "$plain")" x
  metric checker.kernel_cpu_ratio "$(ratio "$ectx_cpu" "$plain_cpu")" x
  metric checker.kernel_diagnostics "$diagnostics" count
  metric checker.kernel_crashes "$crashes" count
  metric checker.kernel_plain_peak_mb "$(peak_mb "$peak_plain")" MB
  metric checker.kernel_peak_mb "$(peak_mb "$peak_ectx")" MB
}

# Plain javac, the ectx checker and the GUI Effect Checker on the commons-lang3 sources.
bench_lang3() {
  local src
  if ! src="$(fetch_lang3)"; then
    note "commons-lang3 $lang3_version sources could not be fetched"
    metric checker.lang3_ratio NA absent
    return
  fi
  list_sources "$src" >"$workdir/lang3.files"
  note "commons-lang3 $lang3_version: $(wc -l <"$workdir/lang3.files") files, $reps repetitions"
  local rep
  for rep in $(seq "$reps"); do
    run_javac lang3-plain "$workdir/lang3-plain.out" -proc:none -cp "$user_cp" @"$workdir/lang3.files"
    run_javac lang3-ectx "$workdir/lang3-ectx.out" "${ectx_processor[@]}" -cp "$user_cp" @"$workdir/lang3.files"
    run_javac lang3-guieffect "$workdir/lang3-guieffect.out" "${guieffect_processor[@]}" -cp "$user_cp" \
      @"$workdir/lang3.files"
  done
  local plain ectx gui
  plain="$(median lang3-plain 1)"
  ectx="$(median lang3-ectx 1)"
  gui="$(median lang3-guieffect 1)"
  if crashed "$workdir/lang3-ectx.out"; then
    note "the checker crashed on commons-lang3:"
    grep -A 12 'proc\.messager: SourceChecker' "$workdir/lang3-ectx.out" >&2
  fi
  if [ "$(javac_errors "$workdir/lang3-plain.out")" != 0 ]; then
    note "commons-lang3 does not compile with plain javac here:"
    head -n 20 "$workdir/lang3-plain.out" >&2
  fi
  metric checker.lang3_files "$(wc -l <"$workdir/lang3.files")" files
  metric checker.lang3_plain_s "$plain" s
  metric checker.lang3_ectx_s "$ectx" s
  metric checker.lang3_guieffect_s "$gui" s
  metric checker.lang3_ratio "$(ratio "$ectx" "$plain")" x
  metric checker.guieffect_ratio "$(ratio "$gui" "$plain")" x
  metric checker.lang3_vs_guieffect "$(ratio "$ectx" "$gui")" x
  metric checker.lang3_cpu_ratio "$(ratio "$(median lang3-ectx 3)" "$(median lang3-plain 3)")" x
  metric checker.guieffect_cpu_ratio "$(ratio "$(median lang3-guieffect 3)" "$(median lang3-plain 3)")" x
  metric checker.lang3_diagnostics "$(checker_messages "$workdir/lang3-ectx.out")" count
  metric checker.lang3_crashes "$(crash_reports "$workdir/lang3-ectx.out")" count
  metric checker.lang3_slow_classes "$(slow_classes "$workdir/lang3-ectx.out")" count
  metric checker.lang3_javac_errors "$(javac_errors "$workdir/lang3-ectx.out")" count
  metric checker.lang3_exit_code "$(cut -d' ' -f4 "$workdir/lang3-ectx.runs" | sort -n | tail -n 1)" code
  metric checker.guieffect_diagnostics "$(checker_messages "$workdir/lang3-guieffect.out")" count
  metric checker.lang3_plain_peak_mb "$(peak_mb "$(median lang3-plain 2)")" MB
  metric checker.lang3_peak_mb "$(peak_mb "$(median lang3-ectx 2)")" MB
  metric checker.guieffect_peak_mb "$(peak_mb "$(median lang3-guieffect 2)")" MB
}

if [ -x /usr/bin/time ]; then
  note "wall time and peak memory (max resident set size of javac) from /usr/bin/time"
else
  note "no /usr/bin/time: wall time from date, peak memory NA"
fi
note "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(javac -version 2>&1), load $(cut -d' ' -f1-3 /proc/loadavg)"
build_checker
[ "${BENCH_ONLY:-kernel}" != kernel ] || bench_kernel
[ "${BENCH_ONLY:-lang3}" != lang3 ] || bench_lang3
