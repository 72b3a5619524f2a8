#!/usr/bin/env bash
# Builds the benchmarks and runs every contender in one JMH run, on H2 in memory and on a
# PostgreSQL cluster of the benchmark's own (created here in a temporary folder, on port
# $BENCH_PG_PORT, default 55432, stopped and deleted at the end; the machine's server on 5432 is
# never touched). Then measures startup to the first row and the processor's cost per entity.
#
#   benchmarks/run.sh            the full run (the committed results)
#   benchmarks/run.sh --quick    1 fork, short iterations: a smoke run of under 10 minutes
#
# Writes benchmarks/results/latest.json (JMH's own), latest.md (ratios to hand-written JDBC),
# startup.md and build-cost.md. Extra arguments go to JMH (e.g. -p contender=jdbc,precast);
# BENCH_FILTER replaces the benchmark regex, BENCH_JMH_ONLY=1 skips startup and build cost.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"

quick=false
if [[ "${1:-}" == "--quick" ]]; then
  quick=true
  shift
fi
port="${BENCH_PG_PORT:-55432}"
results="$here/results"
mkdir -p "$results"

echo "== build"
mvn -B -q -Pbenchmarks -pl runtime,jackson,processor,benchmarks -DskipTests package
jar="$here/target/benchmarks.jar"
# The processor's own class path, for the build-cost measurement's javac -processorpath.
mvn -B -q -pl runtime,jackson,processor compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/deps.classpath

echo "== PostgreSQL cluster on port $port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is taken: set BENCH_PG_PORT to a free one" >&2
  exit 1
fi
pgdir="$(mktemp -d /tmp/precast-bench-pg.XXXXXX)"
as_pg=()
if [[ "$(id -u)" == 0 ]]; then
  # PostgreSQL refuses to run as root.
  chown postgres "$pgdir"
  as_pg=(runuser -u postgres --)
fi
stop_cluster() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_cluster EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --no-locale \
  >"$pgdir/initdb.log"
# Known settings: durability is off (no fsync, no synchronous commit, no full-page writes), so
# the figures measure the client libraries and the protocol rather than this machine's disk.
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o \
  "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
   -c full_page_writes=off -c shared_buffers=256MB -c max_connections=20" start >/dev/null
"${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres bench
pg_url="jdbc:postgresql://127.0.0.1:$port/bench?user=postgres"
pg_version="$("$pgbin/postgres" --version | sed -E 's/^[^0-9]*([0-9.]+).*/\1/') (fsync, synchronous_commit and full_page_writes off)"

if $quick; then
  jmh=(-f 1 -wi 1 -w 500ms -i 3 -r 300ms)
  startup_runs=3
  build_runs=1
else
  jmh=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  startup_runs=15
  build_runs=3
fi

echo "== JMH: ${jmh[*]}"
java -jar "$jar" "${BENCH_FILTER:-dev.precast.bench.OrmBenchmark}" "${jmh[@]}" -prof gc \
  -jvmArgsAppend "-Dbench.postgres.url=$pg_url" \
  -rf json -rff "$results/latest.json" "$@" | tee "$results/latest.log"
java -cp "$jar" dev.precast.bench.report.RatioTable \
  "$results/latest.json" "$results/latest.md" "$pg_version" >/dev/null

if [[ -n "${BENCH_JMH_ONLY:-}" ]]; then
  cat "$results/latest.md"
  exit 0
fi
runtime_cp="$here/target/classes:$(cat "$here/target/runtime.classpath")"

echo "== startup to the first row ($startup_runs runs each)"
java -cp "$runtime_cp" dev.precast.bench.startup.StartupHarness "$startup_runs" \
  "$runtime_cp" "$results/startup.md"

echo "== processor cost (200 entities, $build_runs runs)"
java -cp "$runtime_cp" dev.precast.bench.buildcost.BuildCost 200 "$build_runs" \
  "$root/runtime/target/classes" \
  "$root/processor/target/classes:$(cat "$root/processor/target/deps.classpath")" \
  "$results/build-cost.md"

echo "== results"
cat "$results/latest.md" "$results/startup.md" "$results/build-cost.md"
