/**
 * Runnable examples, one task each. Run one with
 * {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=<class>}.
 */
package io.github.medicalnlp.catalogue.examples;
