#!/bin/sh
# bench/html_compare.sh — body-text F1 of the HTML path beside readability-lxml, same pages,
# same measure, one run:
#   bench/html_compare.sh BUILD_DIR DATA_DIR     (e.g. build-html ../shared/data/html-bench)
# Needs Debian's python3-readability for the baseline (apt-get install python3-readability).
set -eu
build=${1:?usage: $0 BUILD_DIR DATA_DIR}
data=${2:?usage: $0 BUILD_DIR DATA_DIR}
here=$(cd "$(dirname "$0")" && pwd)
ours=$("$build/bench/html-f1" "$data")
echo "gleaner    $ours"
if /usr/bin/python3 -c "import readability" 2>/dev/null; then
    base=$(/usr/bin/python3 "$here/html_baseline_readability.py" "$data" 2>/dev/null)
    echo "baseline   $base"
    f_ours=$(echo "$ours" | sed 's/.*F1=\([0-9.]*\).*/\1/')
    f_base=$(echo "$base" | sed 's/.*F1=\([0-9.]*\).*/\1/')
    echo "F1 gleaner - readability-lxml = $(echo "$f_ours - $f_base" | bc -l)"
else
    echo "baseline   readability-lxml not installed (apt-get install python3-readability)"
fi
