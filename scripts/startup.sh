#!/usr/bin/env bash
# Start-up of the command-line tool and of the first MedicalNlp.catalogue() call, against an empty Java
# main, as whole processes on this machine. The processes are run in turn (empty, tool, ...) so that all
# see the same load; each figure is the median of the runs.
# Usage: mvn -B -q package -DskipTests && scripts/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
jar=examples/target/medical-nlp.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/Empty.java" <<'JAVA'
public class Empty { public static void main(String[] args) { } }
JAVA
cat > "$tmp/FirstCall.java" <<'JAVA'
public class FirstCall {
    public static void main(String[] args) {
        long t = System.nanoTime();
        int n = io.github.medicalnlp.catalogue.bundled.MedicalNlp.catalogue().size();
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.println(ms);
        System.err.println(n);
    }
}
JAVA
cat > "$tmp/first-call.jsh" <<'JSH'
void firstCall() { long t = System.nanoTime(); int n = io.github.medicalnlp.catalogue.bundled.MedicalNlp.catalogue().size(); System.out.println("first-call " + (System.nanoTime() - t) / 1_000_000); }
firstCall()
/exit
JSH
javac -d "$tmp" "$tmp/Empty.java"
javac -cp "$jar" -d "$tmp" "$tmp/FirstCall.java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
java -cp "$tmp" Empty; java -jar "$jar" stats > /dev/null   # warm the file cache
: > "$tmp/empty"; : > "$tmp/stats"; : > "$tmp/load"; : > "$tmp/call"; : > "$tmp/jshell"
for _ in $(seq "$runs"); do
  ms java -cp "$tmp" Empty >> "$tmp/empty"
  ms java -jar "$jar" stats >> "$tmp/stats"
  ms java -cp "$tmp:$jar" FirstCall >> "$tmp/load"
  java -cp "$tmp:$jar" FirstCall 2> /dev/null >> "$tmp/call"
done
for _ in $(seq 5); do
  jshell --class-path "$jar" "$tmp/first-call.jsh" 2>&1 | sed -n 's/.*first-call \([0-9]*\).*/\1/p' >> "$tmp/jshell"
done
empty=$(median < "$tmp/empty"); stats=$(median < "$tmp/stats"); load=$(median < "$tmp/load")
call=$(median < "$tmp/call"); jsh=$(median < "$tmp/jshell")
ratio() { awk "BEGIN {printf \"%.1f\", $1/$empty}"; }
echo "java $(java -version 2>&1 | head -1), $(nproc) cores, median of $runs runs (JShell: 5)"
echo "empty main:                                       ${empty} ms"
echo "java -jar examples/target/medical-nlp.jar stats:  ${stats} ms ($(ratio "$stats") x the empty main)"
echo "a main that calls MedicalNlp.catalogue() once:    ${load} ms ($(ratio "$load") x)"
echo "  the first call itself, in that main:            ${call} ms ($(ratio "$call") x)"
echo "  the first call itself, in a default JShell:     ${jsh} ms ($(ratio "$jsh") x)"
