#!/usr/bin/env bash
# Load test of `copydesk serve`, over loopback, on BBC News articles (title and text posted to
# /api/audit), with the server's default settings:
#   1. warm-up: 2,000 requests from 2 clients (printed, not judged);
#   2. paced: 50 editors, each posting an article once a second for 60 s (50 requests/s);
#   3. saturate: 4 clients that post again as soon as they are answered, for 20 s;
#   4. endurance: 10,000 requests from 4 clients, with the server's heap after a full GC
#      (jcmd) before and after, and its resident memory.
#   bench/serve-load.sh [BBC_JSONL]     (default ../shared/data/news-bbc/bbc_articles.jsonl, the BBC
#                                        News corpus in the team's shared datasets)
# The machine's cores serve both the server and the clients; run nothing else meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/copydesk.jar
BBC=${1:-../shared/data/news-bbc/bbc_articles.jsonl}
[ -f "$BBC" ] || { echo "serve-load: $BBC not found" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package

log=$(mktemp)
# G1, as the JVM picks on a server-class machine, named so the heap figure reads the same everywhere.
java -XX:+UseG1GC -jar "$JAR" serve --port 0 --no-config 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
url=
for _ in $(seq 1 120); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$log" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ -n "$url" ] || { cat "$log"; echo "serve-load: the server did not start" >&2; exit 1; }

heap() { # used heap after a full GC, in MB; then resident memory
  jcmd "$pid" GC.run >/dev/null
  local used rss
  used=$(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+')
  rss=$(grep VmRSS "/proc/$pid/status" | grep -oE '[0-9]+')
  printf 'heap after GC %d MB, resident %d MB\n' "$((used / 1024))" "$((rss / 1024))"
}
load() { java -jar "$JAR" load "$url" --articles "$BBC" "$@"; }

echo "serve-load: $(java -version 2>&1 | head -n 1); $(nproc) cores; server $url (pid $pid, default settings)"
load --phase endurance --requests 2000 --clients 2 | sed 's/^endurance/warm-up/'
echo "after warm-up: $(heap)"
status=0
load --phase paced --editors 50 --every 1000 --seconds 60 || status=1
load --phase saturate --clients 4 --seconds 20 || status=1
load --phase endurance --requests 10000 --clients 4 || status=1
echo "after 10,000 more: $(heap)"
exit $status
