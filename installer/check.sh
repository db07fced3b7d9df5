#!/usr/bin/env bash
# CI: builds the app image (unless it is already there and newer than the fat jar) and checks that
# it starts: bin/Glossa --version prints the version, and a command runs on a fresh library with
# the trimmed runtime (SQLite's native library and the sample article load).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
app=target/installer/Glossa/bin/Glossa
if [ ! -x "$app" ] || [ target/glossa-all.jar -nt "$app" ]; then
  installer/build.sh --no-deb
fi
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
got=$("$app" --version)
[ "$got" = "Glossa $version" ] || { echo "installer-check: '$app --version' printed '$got', not 'Glossa $version'" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HOME="$scratch" "$app" --library "$scratch/library.sqlite" list | grep -q Timid \
  || { echo "installer-check: the app image cannot list a new library" >&2; exit 1; }
echo "installer-check: $app starts ($got) and runs commands; $(( $(date +%s) - start )) s"
