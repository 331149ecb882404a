#!/usr/bin/env bash
# Screenshots of the instructor's HTML pages at desktop and phone widths, and a check that no page
# scrolls sideways at 400 px (wide tables must scroll inside their own box).
#
#   Scripts/screenshots.sh [OUT_DIR]        (default: .build/screenshots)
#
# Needs headless Chromium (Debian: apt-get install chromium) and a built softcheck (swift build).
# Writes OUT_DIR/{report,report-open,report-ko-open,props,props-ko}-{1280,400}.png and exits 1 if a
# page is wider than its window. Look at the PNGs: the report collapsed and with every section
# opened (English and Korean; Korean needs a CJK font, e.g. fonts-nanum), and props.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
softcheck="${SOFTCHECK:-.build/debug/softcheck}"
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$chrome" ] || { echo "screenshots: no chromium found (apt-get install chromium)" >&2; exit 2; }
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)

"$softcheck" report Tests/ReportsTests/Fixtures/class --out "$out/report.html" --lang en 2>/dev/null
"$softcheck" report Tests/ReportsTests/Fixtures/class --out "$out/report-ko.html" --lang ko 2>/dev/null
"$softcheck" props --format html --out "$out/props.html" --cases 32 --lang en >/dev/null 2>&1 || true
"$softcheck" props --format html --out "$out/props-ko.html" --cases 32 --lang ko >/dev/null 2>&1 || true
[ -s "$out/props.html" ] || { echo "screenshots: softcheck props --format html wrote nothing" >&2; exit 1; }
# Every <details> opened, so the students' tables are in the picture and in the width check.
sed 's/<details\([ >]\)/<details open\1/g' "$out/report.html" > "$out/report-open.html"
sed 's/<details\([ >]\)/<details open\1/g' "$out/report-ko.html" > "$out/report-ko-open.html"

status=0
for page in report report-open report-ko-open props props-ko; do
  for width in 1280 400; do
    "$chrome" "${flags[@]}" --window-size="$width,2400" --screenshot="$out/$page-$width.png" "file://$out/$page.html" 2>/dev/null
    # The page's own width, read by a probe page that holds it in a frame exactly $width px wide
    # (the pages themselves run no script; headless windows are never narrower than 500 px).
    probe="$out/.probe.html"
    printf '%s' "<html><body style=\"margin:0\"><iframe id=\"f\" src=\"$page.html\" style=\"width:${width}px;height:900px;border:0\"></iframe><script>document.getElementById('f').onload=function(){var d=document.getElementById('f').contentDocument.documentElement;document.title='overflow='+(d.scrollWidth-d.clientWidth)+' width='+d.scrollWidth;}</script></body></html>" > "$probe"
    result=$("$chrome" "${flags[@]}" --allow-file-access-from-files --virtual-time-budget=5000 --window-size=1400,1000 \
      --dump-dom "file://$probe" 2>/dev/null | grep -o 'overflow=-*[0-9]* width=[0-9]*' | head -1 || true)
    rm -f "$probe"
    overflow=$(echo "$result" | sed -n 's/overflow=\(-*[0-9]*\).*/\1/p')
    measured=$(echo "$result" | sed -n 's/.*width=\([0-9]*\)/\1/p')
    if [ -z "$overflow" ] || [ "$overflow" -gt 0 ]; then
      echo "screenshots: $page at $width px is ${measured:-?} px wide: the page scrolls sideways" >&2
      status=1
    else
      echo "screenshots: $page at $width px: page width $measured px, $out/$page-$width.png"
    fi
  done
done
exit $status
