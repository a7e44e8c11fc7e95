#!/usr/bin/env bash
# Start-up of the command-line tool, against an empty Java main, a minimal picocli program and awesome-lint,
# as whole processes on this machine (issue 15). Every row is run once per round, the rounds interleaved
# (row 1, row 2, ..., row 1, row 2, ...) so that all rows see the same load; each figure is the median of the
# rounds. Times are wall-clock, taken with bash's $EPOCHREALTIME (no process started to read the clock).
#
# Usage: mvn -B -q package -DskipTests && scripts/startup-cli.sh [rounds] [--no-awesome-lint]
# (scripts/startup.sh measures the first MedicalNlp.catalogue() call, in a main and in JShell.)
#
# The distribution (examples/target/medical-nlp-<version>.zip) is unpacked into a temporary directory and
# its launcher run once first, so that its class-data-sharing archive exists (in a temporary cache) when
# it is timed. awesome-lint is installed once with npm into $AWESOME_LINT_PREFIX (default
# /tmp/awesome-lint) when it is not there, and run as `npx awesome-lint` on a copy of the seed named
# README.md in a temporary directory, as its README says to run it (and without npx, to show npx's share).
# Optional rows: BASELINE_JAR=<an earlier medical-nlp.jar> adds "before" rows for java -jar stats and lint;
# MODERN_JAVA_HOME=<a Java 19 or later> adds the launcher on that Java (archive by -XX:+AutoCreateSharedArchive),
# against an empty main on that Java.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-21}
awesome=yes
[ "${2:-}" = --no-awesome-lint ] && awesome=no
root=$PWD
jar=$root/examples/target/medical-nlp.jar
seed=$root/markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md
zip=$(ls "$root"/examples/target/medical-nlp-*.zip 2> /dev/null | head -1 || true)
[ -f "$jar" ] && [ -n "$zip" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
prefix=${AWESOME_LINT_PREFIX:-/tmp/awesome-lint}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && unzip -q "$zip")
dist=$(ls -d "$tmp"/medical-nlp-*/)
dist=${dist%/}
launcher=$dist/bin/medical-nlp
export MEDICAL_NLP_CACHE_DIR=$tmp/cache
unset JAVA_OPTS MEDICAL_NLP_OPTS MEDICAL_NLP_CDS

# The empty main and the minimal picocli program: one command, --version.
mkdir -p "$tmp/empty" "$tmp/mini"
cat > "$tmp/empty/Empty.java" <<'JAVA'
public class Empty { public static void main(String[] args) { } }
JAVA
cat > "$tmp/mini/Mini.java" <<'JAVA'
import picocli.CommandLine;
import picocli.CommandLine.Command;
@Command(name = "mini", mixinStandardHelpOptions = true, version = "mini 1.0")
public class Mini implements Runnable {
    public void run() { }
    public static void main(String[] args) { System.exit(new CommandLine(new Mini()).execute(args)); }
}
JAVA
picocli17=$(ls "$dist"/lib/picocli-*.jar)
version=${picocli17##*/picocli-}
version=${version%.jar}
picocli=${HOME}/.m2/repository/info/picocli/picocli/$version/picocli-$version.jar
[ -f "$picocli" ] || { echo "the published picocli $version is not in ~/.m2 (mvn -B -q package fetches it)" >&2; exit 2; }
javac -d "$tmp/empty" "$tmp/empty/Empty.java"
javac -cp "$picocli" -d "$tmp/mini" "$tmp/mini/Mini.java"
(cd "$tmp/mini" && jar cf ../mini.jar Mini.class)
# the launcher's JVM options, as its script sets them
options=$(sed -n 's/^jvm_options="\(.*\)"$/\1/p' "$launcher")
[ -n "$options" ] || { echo "cannot read jvm_options from $launcher" >&2; exit 2; }
# shellcheck disable=SC2086
java $options -XX:ArchiveClassesAtExit="$tmp/mini.jsa" -cp "$tmp/mini.jar:$picocli17" Mini --version > /dev/null 2>&1

# The seed as awesome-lint is run on a list: README.md in a directory of its own.
if [ $awesome = yes ]; then
    if [ ! -x "$prefix/node_modules/.bin/awesome-lint" ]; then
        echo "installing awesome-lint into $prefix (once)" >&2
        mkdir -p "$prefix"
        npm install --silent --no-audit --no-fund --prefix "$prefix" awesome-lint@2.3.0 > /dev/null
    fi
    mkdir -p "$tmp/list"
    cp "$seed" "$tmp/list/README.md"
fi

names=(); commands=()
row() { names+=("$1"); commands+=("$2"); }
row "empty Java main" "java -cp '$tmp/empty' Empty"
row "minimal picocli program, --version (published picocli jar)" "java -cp '$tmp/mini.jar:$picocli' Mini --version"
row "minimal picocli program, --version (picocli for Java 17, CDS archive, launcher options)" \
    "java $options -XX:SharedArchiveFile='$tmp/mini.jsa' -cp '$tmp/mini.jar:$picocli17' Mini --version"
if [ -n "${BASELINE_JAR:-}" ]; then
    row "before: java -jar medical-nlp.jar stats" "java -jar '$BASELINE_JAR' stats"
fi
row "java -jar medical-nlp.jar stats" "java -jar '$jar' stats"
row "java -jar medical-nlp.jar query --kind dataset" "java -jar '$jar' query --kind dataset"
if [ -n "${BASELINE_JAR:-}" ]; then
    row "before: java -jar medical-nlp.jar lint <seed>" "java -jar '$BASELINE_JAR' lint '$seed'"
fi
row "java -jar medical-nlp.jar lint <seed>" "java -jar '$jar' lint '$seed'"
row "bin/medical-nlp stats" "'$launcher' stats"
row "bin/medical-nlp query --kind dataset" "'$launcher' query --kind dataset"
row "bin/medical-nlp lint <seed>" "'$launcher' lint '$seed'"
if [ -n "${MODERN_JAVA_HOME:-}" ]; then
    modern=$("$MODERN_JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
    row "empty Java main, Java $modern" "'$MODERN_JAVA_HOME/bin/java' -cp '$tmp/empty' Empty"
    row "bin/medical-nlp stats, Java $modern" "JAVA_HOME='$MODERN_JAVA_HOME' '$launcher' stats"
    row "bin/medical-nlp lint <seed>, Java $modern" "JAVA_HOME='$MODERN_JAVA_HOME' '$launcher' lint '$seed'"
fi
if [ $awesome = yes ]; then
    row "npx awesome-lint (README.md = the seed)" "cd '$tmp/list' && npx --prefix '$prefix' --no awesome-lint"
    row "awesome-lint without npx (node_modules/.bin/awesome-lint)" "cd '$tmp/list' && '$prefix/node_modules/.bin/awesome-lint'"
fi

# The launcher's first run writes the archive; then every row once, to warm the file cache.
"$launcher" --version > /dev/null
ls "$MEDICAL_NLP_CACHE_DIR"/medical-nlp*.jsa > /dev/null 2>&1 || { echo "the launcher wrote no archive" >&2; exit 2; }
if [ -n "${MODERN_JAVA_HOME:-}" ]; then
    JAVA_HOME=$MODERN_JAVA_HOME "$launcher" --version > /dev/null
fi
for k in "${!commands[@]}"; do
    bash -c "${commands[$k]}" > /dev/null 2>&1 || true
done
for k in "${!commands[@]}"; do : > "$tmp/times.$k"; done
load_before=$(cut -d' ' -f1 /proc/loadavg 2> /dev/null || echo '?')
for _ in $(seq "$rounds"); do
    for k in "${!commands[@]}"; do
        s=$EPOCHREALTIME
        bash -c "${commands[$k]}" > /dev/null 2>&1 || true
        e=$EPOCHREALTIME
        echo "$s $e" | awk '{printf "%.1f\n", ($2 - $1) * 1000}' >> "$tmp/times.$k"
    done
done

load_after=$(cut -d' ' -f1 /proc/loadavg 2> /dev/null || echo '?')
median() { sort -n "$1" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
minimum() { sort -n "$1" | head -1; }
# every row spends the same on starting bash -c, the empty main's row too
index() { local k; for k in "${!names[@]}"; do [ "${names[$k]}" = "$1" ] && { echo "$k"; return; }; done; }
empty=$(median "$tmp/times.0")
empty_min=$(minimum "$tmp/times.0")
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "$rounds interleaved rounds (wall clock); ratio = the row's median (fastest) / the empty main's median (fastest)."
echo "On a machine shared with other work the fastest run is the one least disturbed by it. Load average (1 min)"
echo "before the rounds: $load_before, after: $load_after."
echo
echo "| process | median | ratio | fastest | ratio |"
echo "| --- | --- | --- | --- | --- |"
for k in "${!commands[@]}"; do
    m=$(median "$tmp/times.$k")
    f=$(minimum "$tmp/times.$k")
    base=$empty
    base_min=$empty_min
    case ${names[$k]} in
        *", Java "*)
            base=$(median "$tmp/times.$(index "empty Java main, Java $modern")")
            base_min=$(minimum "$tmp/times.$(index "empty Java main, Java $modern")")
            ;;
    esac
    printf '| %s | %.0f ms | %s× | %.0f ms | %s× |\n' "${names[$k]}" "$m" "$(awk "BEGIN {printf \"%.1f\", $m / $base}")" \
        "$f" "$(awk "BEGIN {printf \"%.1f\", $f / $base_min}")"
done
if [ $awesome = yes ]; then
    npx_median=$(median "$tmp/times.$(index "npx awesome-lint (README.md = the seed)")")
    bin_median=$(median "$tmp/times.$(index "awesome-lint without npx (node_modules/.bin/awesome-lint)")")
    echo
    echo "| lint of the seed (medians) | ÷ npx awesome-lint | ÷ awesome-lint without npx |"
    echo "| --- | --- | --- |"
    for name in "java -jar medical-nlp.jar lint <seed>" "bin/medical-nlp lint <seed>"; do
        m=$(median "$tmp/times.$(index "$name")")
        echo "| $name | $(awk "BEGIN {printf \"%.2f\", $m / $npx_median}")× | $(awk "BEGIN {printf \"%.2f\", $m / $bin_median}")× |"
    done
fi
