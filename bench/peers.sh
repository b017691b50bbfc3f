#!/usr/bin/env bash
# Copydesk beside the fastest peer style linter, whole process, on BBC News as .txt files:
#   - write-good (npm, pinned at 1.0.8: 8 regex style checks), installed into a scratch folder;
#   - Copydesk, JSON out and no HTML (what a CI job runs), with `java -jar` and with the launcher
#     bin/copydesk; then with the HTML reports, with each of the two.
# Runs alternate (write-good, then each Copydesk way; RUNS times, default 3) so a busy moment hits
# them all alike. Prints each run, the medians, the ratios (of the medians, and round by round), CPU time
# and peak resident memory.
#   bench/peers.sh [BBC_JSONL]     (default ../shared/data/news-bbc/bbc_articles.jsonl, the BBC News
#                                   corpus in the team's shared datasets; any JSONL with id, title, text)
# Needs Node.js with npm, GNU time (/usr/bin/time) and the built jar (built if missing).
set -euo pipefail
export LC_ALL=C # printf and awk read "7.97" the same everywhere
cd "$(dirname "$0")/.."
BBC=${1:-../shared/data/news-bbc/bbc_articles.jsonl}
RUNS=${RUNS:-3}
JAR=target/copydesk.jar
[ -f "$BBC" ] || { echo "peers: $BBC not found" >&2; exit 2; }
/usr/bin/time -f %e true >/dev/null 2>&1 || { echo "peers: GNU time (/usr/bin/time -f) is needed" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-peers.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

npm install --prefix "$WORK/peers" --no-audit --no-fund --ignore-scripts --loglevel=error write-good@1.0.8 >/dev/null
WRITE_GOOD="$WORK/peers/node_modules/write-good/bin/write-good.js"
[ -f "$WRITE_GOOD" ] || { echo "peers: write-good did not install" >&2; exit 1; }

# The corpus as one .txt file per article: title, a blank line, the text.
mkdir -p "$WORK/bbc"
node -e '
  const fs = require("fs"), path = require("path");
  const [jsonl, dir] = process.argv.slice(1);
  for (const line of fs.readFileSync(jsonl, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    fs.writeFileSync(path.join(dir, r.id.replace(/[^A-Za-z0-9_-]/g, "-") + ".txt"), r.title + "\n\n" + r.text + "\n");
  }' "$BBC" "$WORK/bbc"
FILES=("$WORK"/bbc/*.txt)
echo "peers: ${#FILES[@]} articles; $(node --version) write-good 1.0.8; $(java -version 2>&1 | head -n 1); $(nproc) cores"

measure() { # name command...: records and prints seconds, peak KB and CPU seconds
  local name=$1
  shift
  local status=0
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || status=$?
  # Copydesk's audits here never fail on findings, so a status above 1 is a run that broke, whose
  # time would mean nothing. write-good exits with its number of suggestions (modulo 256), so its
  # run counts when it printed suggestions and no error.
  if [ "$name" = write-good ]; then
    grep -q '^In ' "$WORK/out" && ! grep -q 'Error' "$WORK/err" || { echo "peers: $name failed (exit $status)" >&2; exit 1; }
  else
    [ "$status" -le 1 ] || { echo "peers: $name failed (exit $status)" >&2; exit 1; }
  fi
  # A failing command adds a "Command exited ..." line first: the figures are the last line.
  read -r seconds kb user system < <(tail -n 1 "$WORK/time")
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN {printf "%.2f", u + s}')
  echo "$name $seconds $kb $cpu" >>"$WORK/results"
  printf '  %-22s %6.2f s  %5d MB  %6.2f s CPU\n' "$name" "$seconds" "$((kb / 1024))" "$cpu"
}
# The launcher's class-data-sharing archive, made by one run before the measured ones.
export XDG_CACHE_HOME="$WORK/cache"
bin/copydesk audit --no-config --fail-on never --no-html --format json --output "$WORK/r.json" samples >/dev/null 2>&1 || true
for run in $(seq 1 "$RUNS"); do
  echo "run $run"
  measure write-good node "$WRITE_GOOD" "${FILES[@]}"
  measure copydesk-json java -jar "$JAR" audit --no-config --fail-on never --no-html --format json --output "$WORK/r.json" "$WORK/bbc"
  measure copydesk-launcher bin/copydesk audit --no-config --fail-on never --no-html --format json --output "$WORK/r.json" "$WORK/bbc"
  rm -rf "$WORK/reports"
  measure copydesk-html java -jar "$JAR" audit --no-config --fail-on never --reports "$WORK/reports" --format json \
    --output "$WORK/r.json" "$WORK/bbc"
  rm -rf "$WORK/reports"
  measure copydesk-launcher-html bin/copydesk audit --no-config --fail-on never --reports "$WORK/reports" --format json \
    --output "$WORK/r.json" "$WORK/bbc"
done

median() { grep "^$1 " "$WORK/results" | awk -v c="${2:-2}" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
peak() { grep "^$1 " "$WORK/results" | awk '{print $3}' | sort -n | tail -n 1; }
wg=$(median write-good)
json=$(median copydesk-json)
launcher=$(median copydesk-launcher)
html=$(median copydesk-html)
launcher_html=$(median copydesk-launcher-html)
echo "medians: write-good ${wg} s; Copydesk JSON ${json} s ($(awk -v a="$json" -v b="$wg" 'BEGIN {printf "%.2f", a / b}')x write-good), \
peak $(( $(peak copydesk-json) / 1024 )) MB; with bin/copydesk ${launcher} s ($(awk -v a="$launcher" -v b="$wg" 'BEGIN {printf "%.2f", a / b}')x), \
peak $(( $(peak copydesk-launcher) / 1024 )) MB; Copydesk with HTML ${html} s ($(awk -v a="$html" -v b="$wg" 'BEGIN {printf "%.2f", a / b}')x), \
peak $(( $(peak copydesk-html) / 1024 )) MB; with HTML and bin/copydesk ${launcher_html} s \
($(awk -v a="$launcher_html" -v b="$wg" 'BEGIN {printf "%.2f", a / b}')x), peak $(( $(peak copydesk-launcher-html) / 1024 )) MB"
# The machine's speed can drift between rounds: each Copydesk run against write-good's run of the
# same round, the median of those ratios.
round_ratio() {
  paste <(grep "^write-good " "$WORK/results" | awk '{print $2}') <(grep "^$1 " "$WORK/results" | awk '{print $2}') |
    awk '{print $2 / $1}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
echo "round by round against write-good, median ratios: Copydesk JSON $(round_ratio copydesk-json)x; with bin/copydesk \
$(round_ratio copydesk-launcher)x; with HTML $(round_ratio copydesk-html)x; with HTML and bin/copydesk \
$(round_ratio copydesk-launcher-html)x"
# CPU time (user and system, all threads) moves less with the machine's moment than elapsed time
# does; write-good runs on one thread, Copydesk on every core, so this is the work each one did.
echo "CPU medians: write-good $(median write-good 4) s; Copydesk JSON $(median copydesk-json 4) s; with bin/copydesk \
$(median copydesk-launcher 4) s; with HTML $(median copydesk-html 4) s; with HTML and bin/copydesk \
$(median copydesk-launcher-html 4) s"
