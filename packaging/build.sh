#!/usr/bin/env bash
# Builds Butler Browser as a self-contained program with its own Java runtime.
#
#   packaging/build.sh [app-image|deb]      (default app-image)
#
#   app-image  build/butler-browser/          run build/butler-browser/bin/butler-browser
#   deb        build/butler-browser_<version>_<arch>.deb, installing into /opt/butler-browser
#              (needs fakeroot and dpkg-deb; as root on Debian they are installed if missing)
#
# The shaded jar (JavaFX included) is the app; jlink makes a trimmed runtime of the JDK modules
# it needs, and jpackage puts the two together with a launcher named butler-browser.
# SKIP_BUILD=1 packages the jar already in app/target. Everything goes to build/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

TYPE=${1:-app-image}
case $TYPE in
    app-image | deb) ;;
    *) echo "usage: packaging/build.sh [app-image|deb]" >&2; exit 2 ;;
esac

NAME=butler-browser
# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
OUT=build
JAR=app/target/$NAME.jar
started=$SECONDS

for tool in jlink jpackage jdeps; do
    command -v $tool >/dev/null || { echo "build.sh: $tool not found: a full JDK 17 or newer is needed" >&2; exit 2; }
done
if [[ $TYPE == deb ]]; then
    missing=()
    command -v fakeroot >/dev/null || missing+=(fakeroot)
    command -v dpkg-deb >/dev/null || missing+=(dpkg)
    if ((${#missing[@]})); then
        if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
        else
            echo "build.sh: a .deb needs ${missing[*]}; install them first" >&2
            exit 2
        fi
    fi
fi

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    echo "== building the jar"
    mvn -B -q -DskipTests package
fi
[[ -f $JAR ]] || { echo "build.sh: $JAR is missing; build it or drop SKIP_BUILD" >&2; exit 2; }

rm -rf "$OUT/input" "$OUT/runtime"
if [[ $TYPE == deb ]]; then rm -f "$OUT"/${NAME}_*.deb; else rm -rf "${OUT:?}/$NAME"; fi
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"

echo "== runtime (jlink)"
# jdeps sees what the classes use; the others are loaded as services or by name:
# jdk.zipfs opens the demo registry inside the jar, jdk.crypto.ec serves TLS to PostgreSQL.
MODULES=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$JAR"),jdk.zipfs,jdk.crypto.ec
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$OUT/runtime"

echo "== $TYPE (jpackage)"
args=(--name "$NAME" --app-version "$VERSION" --vendor "Butler Browser"
      --description "Browse Rubin Observatory (LSST) data Butler registries"
      --input "$OUT/input" --main-jar "$NAME.jar" --main-class org.lsst.butlerbrowser.app.Launcher
      --runtime-image "$OUT/runtime" --icon packaging/$NAME.png --dest "$OUT")
if [[ $TYPE == deb ]]; then
    args+=(--type deb --linux-package-name "$NAME" --linux-app-category science
           --linux-menu-group "Science;Astronomy;" --linux-shortcut --install-dir /opt
           --linux-package-deps libgtk-3-0  # JavaFX's native code, inside the jar, needs GTK 3
           --resource-dir packaging/deb)    # postinst/prerm that do not fail without a desktop
else
    args+=(--type app-image)
fi
jpackage "${args[@]}"
rm -rf "$OUT/input" "$OUT/runtime"

echo "== done in $((SECONDS - started)) s"
if [[ $TYPE == deb ]]; then
    ls -l "$OUT"/${NAME}_*.deb
else
    du -sh "$OUT/$NAME"
fi
