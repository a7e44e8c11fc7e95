/**
 * Lint: {@link io.github.medicalnlp.catalogue.lint.Linter} finds what is wrong in a catalogue and reports
 * {@link io.github.medicalnlp.catalogue.lint.Finding}s with rule id, severity, message and place.
 */
package io.github.medicalnlp.catalogue.lint;
