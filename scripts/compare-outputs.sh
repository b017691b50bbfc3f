#!/usr/bin/env bash
# Compares what two builds of Copydesk write for the same articles: JSON, SARIF and HTML reports,
# byte for byte. For refactors that must not change behaviour:
#   scripts/compare-outputs.sh OLD.jar NEW.jar [ARTICLE_OR_FOLDER ...]
# (default articles: samples/ and, when present, ../shared/samples/). Exit 0 when identical.
# A corpus JSONL whose records carry "text" rather than the CLI's "body" (the BBC corpus in
# ../shared/data/news-bbc/) is rewritten with "body" first, with Node:
#   scripts/compare-outputs.sh OLD.jar NEW.jar ../shared/data/news-bbc/bbc_articles.jsonl
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
for k in "${!inputs[@]}"; do
  input=${inputs[$k]}
  if [[ $input == *.jsonl ]] && head -n 1 "$input" | grep -q '"text"' && ! head -n 1 "$input" | grep -q '"body"'; then
    converted="$work/$(basename "$input")"
    node -e '
      const fs = require("fs");
      const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.trim());
      fs.writeFileSync(process.argv[2], lines.map(l => {
        const r = JSON.parse(l);
        return JSON.stringify({id: r.id, title: r.title, body: r.text});
      }).join("\n") + "\n");' "$input" "$converted"
    inputs[$k]=$converted
  fi
done
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
