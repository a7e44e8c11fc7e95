#!/usr/bin/env bash
# Start-up of the command-line tool against an empty Java main, as whole processes, on this machine.
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
javac -d "$tmp" "$tmp/Empty.java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median
}
java -cp "$tmp" Empty; java -jar "$jar" stats > /dev/null   # warm the file cache
empty=$(measure java -cp "$tmp" Empty)
stats=$(measure java -jar "$jar" stats)
echo "java $(java -version 2>&1 | head -1), $(nproc) cores, median of $runs runs"
echo "empty main:                                   ${empty} ms"
echo "java -jar examples/target/medical-nlp.jar stats: ${stats} ms ($(awk "BEGIN {printf \"%.1f\", $stats/$empty}") x the empty main)"
