# Sourced by the benchmark scripts: what they all need before timing anything.
#   need_stilts   the STILTS yardstick (Debian package stilts), installed as root when missing
#   build_jar     builds the app jar unless SKIP_BUILD=1; JAR names the jar to time

JAR=${JAR:-app/target/butler-browser.jar}

need_stilts() {
    command -v stilts >/dev/null 2>&1 && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stilts
    else
        echo "$(basename "$0"): please install stilts (Debian package stilts)" >&2
        exit 2
    fi
}

build_jar() {
    if [[ ${SKIP_BUILD:-0} != 1 ]]; then
        mvn -B -q -DskipTests package
    fi
}
