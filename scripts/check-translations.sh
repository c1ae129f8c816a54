#!/usr/bin/env bash
# Fails when a user-visible string has no Indonesian or English translation: runs lupdate over every module
# into temporary copies of its .ts files and counts unfinished entries.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for dir in modules/* app; do
    [ -d "$dir" ] || continue
    module=$(basename "$dir")
    [ "$dir" = app ] && module=shell
    for lang in id en; do
        ts=translations/${module}_${lang}.ts
        if [ -f "$ts" ]; then cp "$ts" "$tmp/"; fi
        "$lupdate" -silent -locations none -no-obsolete "$dir" -ts "$tmp/${module}_${lang}.ts" >/dev/null 2>&1
        # lupdate writes no file when there is nothing to translate
        [ -f "$tmp/${module}_${lang}.ts" ] || continue
        messages=$(grep -c '<message' "$tmp/${module}_${lang}.ts" || true)
        [ "$messages" -gt 0 ] || continue
        if [ ! -f "$ts" ]; then
            echo "$ts is missing ($messages strings): run scripts/update-translations.sh $module"
            status=1
            continue
        fi
        unfinished=$(grep -c 'type="unfinished"' "$tmp/${module}_${lang}.ts" || true)
        if [ "$unfinished" -gt 0 ]; then
            echo "$ts: $unfinished of $messages strings untranslated (scripts/update-translations.sh $module, then translate)"
            status=1
        fi
    done
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
