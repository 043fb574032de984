#!/usr/bin/env bash
# The audit's speed on a real library: prints audit.netty_seconds, audit.netty_peak_mb,
# audit.netty_cpu_seconds and audit.spotbugs_ratio ("name value unit").
#
# Fetches netty-transport, -buffer, -common and -resolver 4.1.140.Final (1,134 classes) and
# SpotBugs from Maven Central, builds the ectx jar, then in the same run times
#   ectx audit <the four jars> --entry NioEventLoop#run=eventloop --entry GlobalEventExecutor$TaskRunner#run=global
# (two entry points, so that propagation, race and re-entrancy analysis cover most of netty; with
# no entry point an unannotated library costs only the header scan), and SpotBugs' default
# analysis of the same jars. Wall time and peak resident memory come from GNU time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/bench-audit"
netty_version=4.1.140.Final
spotbugs_version=4.9.8
mkdir -p "$work/netty" "$work/spotbugs"
cd "$root"

command -v /usr/bin/time >/dev/null || { echo "benchmarks/audit.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }

build=(mvn -B -q -pl cli -am package -DskipTests)
"${build[@]}" -o >/dev/null 2>&1 || "${build[@]}" >/dev/null

for artifact in netty-transport netty-buffer netty-common netty-resolver; do
  if [ ! -f "$work/netty/$artifact-$netty_version.jar" ]; then
    mvn -B -q dependency:copy -Dartifact="io.netty:$artifact:$netty_version" \
        -DoutputDirectory="$work/netty" >/dev/null
  fi
done

if [ ! -f "$work/spotbugs/lib/spotbugs-$spotbugs_version.jar" ]; then
  cat > "$work/spotbugs/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spotbugs-runner</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>com.github.spotbugs</groupId><artifactId>spotbugs</artifactId>
      <version>$spotbugs_version</version>
    </dependency>
  </dependencies>
</project>
POM
  mvn -B -q -f "$work/spotbugs/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$work/spotbugs/lib" >/dev/null
fi

jars=("$work"/netty/*.jar)

# The audit's JVM flags (docs/audit.md): a short batch run gains nothing from the C2 compiler.
/usr/bin/time -f "%e %M %U %S" -o "$work/ectx.time" \
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar cli/target/ectx.jar audit "${jars[@]}" \
    --entry 'io.netty.channel.nio.NioEventLoop#run=eventloop' \
    --entry 'io.netty.util.concurrent.GlobalEventExecutor$TaskRunner#run=global' \
    --quiet -f json -o "$work/ectx-findings.json" || [ $? -eq 1 ]

/usr/bin/time -f "%e %M" -o "$work/spotbugs.time" \
  java -cp "$work/spotbugs/lib/*" edu.umd.cs.findbugs.FindBugs2 -quiet \
    -output "$work/spotbugs-findings.txt" "${jars[@]}" 2>/dev/null

# GNU time puts "Command exited with non-zero status 1" first when ectx reports findings.
read -r ectx_seconds ectx_kb ectx_user ectx_sys < <(tail -n 1 "$work/ectx.time")
read -r spotbugs_seconds spotbugs_kb < <(tail -n 1 "$work/spotbugs.time")
echo "audit.netty_seconds $ectx_seconds s"
echo "audit.netty_peak_mb $((ectx_kb / 1024)) MB"
# CPU time does not grow with other load on the machine the way wall time does.
awk -v u="$ectx_user" -v s="$ectx_sys" 'BEGIN { printf "audit.netty_cpu_seconds %.2f s\n", u + s }'
awk -v e="$ectx_seconds" -v s="$spotbugs_seconds" 'BEGIN { printf "audit.spotbugs_ratio %.3f x\n", e / s }'
echo "(SpotBugs $spotbugs_version: $spotbugs_seconds s, $((spotbugs_kb / 1024)) MB peak)" >&2
