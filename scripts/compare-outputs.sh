#!/usr/bin/env bash
# Compares what two builds of Copydesk write for the same articles: JSON, SARIF and HTML reports,
# byte for byte. For refactors that must not change behaviour:
#   scripts/compare-outputs.sh OLD.jar NEW.jar [ARTICLE_OR_FOLDER ...]
# (default articles: samples/ and, when present, ../shared/samples/). Exit 0 when identical.
set -euo pipefail
old_jar=$1 new_jar=$2
shift 2
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(samples)
  [ -d ../shared/samples ] && inputs+=(../shared/samples)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for side in old new; do
  jar=$old_jar
  [ "$side" = new ] && jar=$new_jar
  mkdir -p "$work/$side"
  java -jar "$jar" audit --no-config --fail-on never --format json --output "$work/$side/run.json" \
    --format sarif --output "$work/$side/run.sarif" --reports "$work/$side/reports" "${inputs[@]}" > /dev/null 2>&1
  # The ledger of earlier runs is bookkeeping, not output.
  rm -f "$work/$side/reports/.copydesk-runs.json" "$work/$side/reports/.copydesk.lock"
done
if diff -r "$work/old" "$work/new" > "$work/diff.txt"; then
  echo "identical: JSON, SARIF and $(ls "$work/new/reports" | wc -l) HTML files for ${inputs[*]}"
else
  head -40 "$work/diff.txt"
  echo "outputs differ" >&2
  exit 1
fi
