#!/bin/sh
# Writes the Swift file that records which commit a build came from (run by the BuildCommit
# plugin before each build): build-commit.sh PACKAGE_DIR OUTPUT_FILE.
# "abc1234" for a clean checkout, "abc1234-modified" with uncommitted changes to tracked files,
# "unknown" without git. The file is replaced only when its text changes.
set -eu
package=$1
output=$2
commit=unknown
if command -v git >/dev/null 2>&1 && git -C "$package" rev-parse --git-dir >/dev/null 2>&1; then
    commit=$(git -C "$package" rev-parse --short=10 HEAD 2>/dev/null || echo unknown)
    if [ "$commit" != unknown ] && ! git -C "$package" diff --quiet HEAD -- 2>/dev/null; then
        commit="$commit-modified"
    fi
fi
mkdir -p "$(dirname "$output")"
text="// Written by scripts/build-commit.sh; do not edit.
enum BuildCommit {
    static let id = \"$commit\"
}"
if [ ! -f "$output" ] || [ "$(cat "$output")" != "$text" ]; then
    printf '%s\n' "$text" > "$output"
fi
