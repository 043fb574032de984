#!/usr/bin/env bash
# The simulator's speed: prints sim.realtime_factor and sim.irq_per_second ("name value unit").
# Builds hal-sim (and what it needs) with Maven, then runs dev.ectx.hal.bench.SimBenchmark.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build=(mvn -B -q -pl hal-sim -am package -DskipTests)
"${build[@]}" -o >/dev/null 2>&1 || "${build[@]}" >/dev/null
exec java -cp "hal-sim/target/classes:annotations/target/classes" dev.ectx.hal.bench.SimBenchmark
