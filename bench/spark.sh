#!/usr/bin/env bash
# The Spark job beside the CLI, on BBC News (../shared/data/news-bbc/, the team's shared datasets):
#   1. same answers: the job's tables against the CLI's JSON for BBC's 2,225 articles (CliComparison);
#   2. hostile input: bad lines, an array, empty bodies, a 40 MB record; every record must be a row
#      of `documents`, equal to the CLI's answer for it;
#   3. throughput: BBC repeated to 22,250 articles as one JSONL, the CLI (two threads, JSON, no HTML)
#      and the job at local[2] writing Parquet, whole process each, in the same session;
#   4. with SCALE=1, BBC repeated to 200,000 articles at local[2] with a 2 GB heap.
# The job runs as spark-submit runs it in client mode: Spark's jars first, then the job's jar.
#   bench/spark.sh [BBC_JSONL]      (SKIP_CHECKS=1 skips 1 and 2; CHECKS_ONLY=1 stops after them;
#                                    SCALE=1 adds 4)
# Needs Node.js, GNU time and the two jars (built if missing).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
BBC=${1:-../shared/data/news-bbc/bbc_articles.jsonl}
[ -f target/copydesk.jar ] || ./mvnw -q -B -ntp -DskipTests package
[ -f spark/target/copydesk-spark.jar ] || ./mvnw -q -B -ntp -f spark/pom.xml -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-spark.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
SPARK_CP=$(./mvnw -q -B -ntp -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$WORK/cp" >/dev/null && cat "$WORK/cp")
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
spark_java() { # main-class args...: a local[2] driver with a 2 GB heap
  # shellcheck disable=SC2086
  java -Xmx2g $OPENS -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=4 \
    -cp "$SPARK_CP:spark/target/copydesk-spark.jar" "$@"
}
cli() { java -jar target/copydesk.jar audit --no-config --no-html --fail-on never --format json "$@"; }
seconds() { tail -n 1 "$WORK/time" | awk '{print $1}'; }

# The corpus in the CLI's export fields (BBC's records carry "text"), repeated COPIES times.
export_bbc() { # copies file
  node -e '
    const fs = require("fs");
    const [jsonl, copies, out] = process.argv.slice(1);
    const lines = fs.readFileSync(jsonl, "utf8").split("\n").filter(l => l.trim()).map(l => JSON.parse(l));
    const fd = fs.openSync(out, "w");
    for (let c = 0; c < +copies; c++) {
      fs.writeSync(fd, lines.map(r => JSON.stringify({id: c ? r.id + "~" + c : r.id, title: r.title, body: r.text})).join("\n") + "\n");
    }
    fs.closeSync(fd);' "$BBC" "$1" "$2"
}

echo "spark: $(java -version 2>&1 | head -n 1); $(nproc) cores"
if [ "${SKIP_CHECKS:-0}" != 1 ]; then
export_bbc 1 "$WORK/bbc.jsonl"
echo "1. same answers on BBC ($(wc -l <"$WORK/bbc.jsonl") articles)"
cli --output "$WORK/bbc.json" "$WORK/bbc.jsonl"
spark_java dev.copydesk.spark.AuditJob audit --input "$WORK/bbc.jsonl" --output "$WORK/bbc-out" >"$WORK/bbc.summary" 2>"$WORK/spark.log"
spark_java dev.copydesk.spark.CliComparison "$WORK/bbc.json" "$WORK/bbc-out" 2>>"$WORK/spark.log" | tail -n 21

echo "2. hostile input"
node -e '
  const fs = require("fs");
  const out = process.argv[1];
  const huge = "A sentence that goes on. ".repeat(1700000);
  const lines = [
    JSON.stringify({id: "fine", title: "Council approves budget", body: "The council approved the budget on Tuesday, the mayor said."}),
    "{\"id\": \"cut\", \"title\": \"Half a rec",
    "[\"an\", \"array\"]",
    JSON.stringify({id: "empty", title: "No body", body: ""}),
    JSON.stringify({id: "nothing"}),
    "",
    "\u0000\u0001 not json",
    JSON.stringify({id: "huge", title: "Huge", body: huge}),
    JSON.stringify({title: "No id", html: "<p onclick=\"x()\">Shocking <script>alert(1)</script> news, experts say.</p>"}),
  ];
  fs.writeFileSync(out, lines.join("\n") + "\n");' "$WORK/hostile.jsonl"
cli --output "$WORK/hostile.json" "$WORK/hostile.jsonl" || true
spark_java dev.copydesk.spark.AuditJob audit --input "$WORK/hostile.jsonl" --output "$WORK/hostile-out" 2>>"$WORK/spark.log" | head -n 1
spark_java dev.copydesk.spark.CliComparison "$WORK/hostile.json" "$WORK/hostile-out" 2>>"$WORK/spark.log" | tail -n 21

fi
[ "${CHECKS_ONLY:-0}" = 1 ] && exit 0

echo "3. throughput, BBC x10, alternating runs (RUNS=${RUNS:-3}), medians"
export_bbc 10 "$WORK/bbc10.jsonl"
n=$(wc -l <"$WORK/bbc10.jsonl")
for run in $(seq 1 "${RUNS:-3}"); do
  /usr/bin/time -f "%e %M" -o "$WORK/time" java -jar target/copydesk.jar audit --no-config --no-html --fail-on never \
    --format json --output "$WORK/bbc10.json" "$WORK/bbc10.jsonl"
  echo "cli $(seconds)" >>"$WORK/results"
  rm -rf "$WORK/bbc10-out"
  /usr/bin/time -f "%e %M" -o "$WORK/time" bash -c "$(declare -f spark_java); SPARK_CP='$SPARK_CP' OPENS='$OPENS' \
    spark_java dev.copydesk.spark.AuditJob audit --input '$WORK/bbc10.jsonl' --output '$WORK/bbc10-out'" \
    >"$WORK/bbc10.summary" 2>>"$WORK/spark.log"
  echo "spark $(seconds)" >>"$WORK/results"
  printf '  run %d: CLI %s s, Spark %s s\n' "$run" "$(grep '^cli ' "$WORK/results" | tail -n 1 | cut -d' ' -f2)" "$(seconds)"
done
median() { grep "^$1 " "$WORK/results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
head -n 2 "$WORK/bbc10.summary"
awk -v n="$n" -v c="$(median cli)" -v s="$(median spark)" 'BEGIN {
  printf "medians: CLI %.1f s (%.0f articles/s); Spark local[2] %.1f s (%.0f articles/s, %.0f per core-second): %.2fx the CLI'"'"'s throughput\n",
    c, n / c, s, n / s, n / s / 2, c / s }'

if [ "${SCALE:-0}" = 1 ]; then
  echo "4. scale, BBC x90"
  export_bbc 90 "$WORK/bbc90.jsonl"
  n=$(wc -l <"$WORK/bbc90.jsonl")
  /usr/bin/time -f "%e %M" -o "$WORK/time" bash -c "$(declare -f spark_java); SPARK_CP='$SPARK_CP' OPENS='$OPENS' \
    spark_java dev.copydesk.spark.AuditJob audit --input '$WORK/bbc90.jsonl' --output '$WORK/bbc90-out'" \
    >"$WORK/bbc90.summary" 2>>"$WORK/spark.log"
  head -n 2 "$WORK/bbc90.summary"
  awk -v n="$n" -v s="$(seconds)" -v kb="$(tail -n 1 "$WORK/time" | awk '{print $2}')" 'BEGIN {
    printf "%d articles in %.1f s (%.0f articles/s, %.0f per core-second), peak %d MB\n", n, s, n / s, n / s / 2, kb / 1024 }'
fi
