#!/bin/sh
# Records Glossa's class-data archive for this installation (lib/app/glossa.jsa, which the
# launcher's Java options name): the classes a window start needs, read from the jar, verified
# and laid out once, so later starts map them instead of loading them again. One headless start
# of the window on a scratch library that quits after its first frame, with the launcher's own
# class path and options. Run by installer/build.sh for the app image and by the .deb after it
# is installed (the archive names the jar's absolute path). Without it Glossa starts, only slower.
app="$(cd "$(dirname "$0")" && pwd -P)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
rm -f "$app/glossa.jsa"
if ! HOME="$scratch" timeout 120 "$app/../runtime/bin/java" -Xmx2g -XX:NewSize=64m \
    -XX:ArchiveClassesAtExit="$app/glossa.jsa" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -Dheadless.geometry=1920x1200-32 -Djavafx.cachedir="$scratch/fx" \
    -Dglossa.configDir="$scratch/config" -Dglossa.logDir="$scratch/log" -Dglossa.exitAfterFirstFrame=true \
    -cp "$app/glossa-all.jar" org.glossa.Main --library "$scratch/library.sqlite" >"$scratch/log.txt" 2>&1; then
  rm -f "$app/glossa.jsa"
  echo "glossa: no class-data archive (Glossa starts without one); the start said:" >&2
  tail -n 5 "$scratch/log.txt" >&2
fi
exit 0
