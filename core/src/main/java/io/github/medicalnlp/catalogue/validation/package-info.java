/**
 * Bean Validation for the model: the {@link io.github.medicalnlp.catalogue.validation.HttpUrl} and
 * {@link io.github.medicalnlp.catalogue.validation.WellFormedGitHubLink} constraints,
 * {@link io.github.medicalnlp.catalogue.validation.NullOrNotBlank} for optional text (absent is valid, present
 * and blank is not), and
 * {@link io.github.medicalnlp.catalogue.validation.CatalogueValidator}, which checks every constraint of
 * a catalogue with Hibernate Validator, started lazily, without Expression Language.
 */
package io.github.medicalnlp.catalogue.validation;
