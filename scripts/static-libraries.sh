#!/usr/bin/env bash
# Makes FOLDER hold links to the system's static archives of SQLite, ncurses (with its
# terminfo layer) and libstdc++, and nothing else. `make release` puts FOLDER first on the
# linker's search path, so the release binary links these into itself: loading and
# relocating the four shared libraries took 2 to 3 ms of every `byline search` (README, under
# `make bench`). An archive that is missing is left out with a note; that library is then
# linked as a shared one, as a plain `swift build` links it.
set -euo pipefail
folder=${1:?usage: static-libraries.sh FOLDER}
mkdir -p "$folder"
compiler=$(command -v clang || command -v /opt/swift/usr/bin/clang || true)
for archive in libsqlite3.a libncursesw.a libtinfo.a libstdc++.a; do
  path=""
  # The compiler's own search: libstdc++ lies in the folder of the GCC it links with.
  [ -z "$compiler" ] || path=$("$compiler" -print-file-name="$archive")
  if [ "$path" = "$archive" ] || [ ! -f "$path" ]; then
    path=$(find /usr/lib /usr/lib64 -name "$archive" -print -quit 2>/dev/null || true)
  fi
  if [ -n "$path" ] && [ -f "$path" ]; then
    ln -sfn "$path" "$folder/$archive"
  else
    rm -f "$folder/$archive"
    echo "byline: no $archive on this machine; the release binary links that library as a shared one" >&2
  fi
done
