/**
 * The {@code medical-nlp} command-line tool:
 * {@link io.github.medicalnlp.catalogue.examples.cli.MedicalNlpCommand}.
 */
package io.github.medicalnlp.catalogue.examples.cli;
