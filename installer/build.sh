#!/usr/bin/env bash
# Builds Glossa's self-contained app image (and, where the tools exist, a .deb) with jpackage.
#   installer/build.sh            app image + .deb
#   installer/build.sh --no-deb   app image only (what installer/check.sh needs)
# Output: target/installer/Glossa/ (run Glossa/bin/Glossa) and target/installer/glossa_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."
want_deb=yes
[ "${1:-}" = "--no-deb" ] && want_deb=no

for tool in jpackage jlink jdeps; do
  command -v "$tool" >/dev/null || { echo "installer: $tool not found; install a full JDK 17+ (not a JRE)" >&2; exit 1; }
done
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
out=target/installer
log=target/installer-build.log
mkdir -p target

echo "installer: building target/glossa-all.jar (log: $log)"
mvn -B -q -DskipTests package >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }

# A trimmed runtime: the JDK modules the fat jar uses, plus ones reached only by reflection or
# service loading (jdeps cannot see those: JavaFX uses jdk.unsupported, zip file systems jdk.zipfs).
fallback="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.jsobject,jdk.unsupported,jdk.xml.dom,jdk.zipfs"
modules=$(jdeps --multi-release 17 --print-module-deps --ignore-missing-deps target/glossa-all.jar 2>>"$log" | tail -n 1 || true)
if [[ ! "$modules" =~ ^[a-z.,0-9]+$ ]]; then
  echo "installer: jdeps could not list the modules; using the fixed list" >&2
  modules=$fallback
fi
modules="$modules,jdk.unsupported,jdk.zipfs,java.naming"
echo "installer: runtime modules: $modules"

rm -rf "$out"
mkdir -p "$out/input"
cp target/glossa-all.jar installer/record-archive.sh "$out/input/"
# --generate-cds-archive: the runtime's own class-data archive, which Glossa's (below) builds on
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$out/runtime" >>"$log" 2>&1 || { tail -n 20 "$log" >&2; exit 1; }

common=(--name Glossa --app-version "$version" --vendor "Glossa" --description "Offline reader and annotation tool"
  --input "$out/input" --main-jar glossa-all.jar --main-class org.glossa.Main
  --runtime-image "$out/runtime" --java-options "-Xmx2g"
  # as ./glossa starts it: a young generation that holds the first frame's allocations, and the
  # class-data archive (recorded after installing; one this Java cannot map is skipped silently)
  --java-options "-XX:NewSize=64m" --java-options "-XX:SharedArchiveFile=\$APPDIR/glossa.jsa"
  --java-options "-Xlog:cds*=off")
jpackage --type app-image --dest "$out" --icon installer/glossa.png "${common[@]}" >>"$log" 2>&1 \
  || { tail -n 20 "$log" >&2; exit 1; }
sh "$out/Glossa/lib/app/record-archive.sh"
echo "installer: app image: $out/Glossa ($(du -sh "$out/Glossa" | cut -f1))"

[ "$want_deb" = yes ] || exit 0
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installer: installing fakeroot and dpkg-dev for the .deb"
    apt-get install -y -q fakeroot dpkg-dev >>"$log" 2>&1 || true
  fi
fi
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  echo "installer: no .deb: dpkg-deb and fakeroot are needed (apt-get install fakeroot dpkg-dev)"
  exit 0
fi
# JavaFX's natives come out of the jar at run time, so jpackage cannot see that the window needs GTK 3.
# installer/jpackage/Glossa.desktop replaces jpackage's menu entry, whose Exec line passes no files:
# its "Exec=... %F" hands a double-clicked .glossa bundle to Glossa (jpackage fills in the
# placeholders: launcher path, icon, menu group, MIME types). Its postinst records the class-data
# archive for the installed path and its prerm removes it.
jpackage --type deb --dest "$out" --icon installer/glossa.png "${common[@]}" \
  --resource-dir installer/jpackage \
  --linux-package-name glossa --linux-shortcut --linux-menu-group "Office;Education;" \
  --linux-app-category education --file-associations installer/glossa-bundle.properties \
  --linux-package-deps "libgtk-3-0, libxtst6" \
  >>"$log" 2>&1 || { tail -n 20 "$log" >&2; exit 1; }
echo "installer: package: $(ls "$out"/*.deb)"
