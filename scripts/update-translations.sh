#!/usr/bin/env bash
# Updates translations/<module>_id.ts and _en.ts from the sources of modules/<module> (or app/ for "shell"),
# and fills the English file with the English source text (sources are written in English).
#   scripts/update-translations.sh roster
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?usage: scripts/update-translations.sh MODULE}
src=modules/$module
[ "$module" = shell ] && src=app
[ -d "$src" ] || { echo "no such module: $module" >&2; exit 1; }
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
mkdir -p translations
"$lupdate" -silent -locations none -no-obsolete "$src" \
    -ts "translations/${module}_id.ts" "translations/${module}_en.ts"
sed -i 's/<TS version="2.1">/<TS version="2.1" language="id_ID">/' "translations/${module}_id.ts"
sed -i 's/<TS version="2.1">/<TS version="2.1" language="en_GB">/' "translations/${module}_en.ts"
python3 scripts/fill-english.py "translations/${module}_en.ts"
echo "unfinished in translations/${module}_id.ts: $(grep -c 'type="unfinished"' "translations/${module}_id.ts" || true)"
