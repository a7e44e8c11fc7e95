/**
 * Immutable, fluent queries over a catalogue: start with
 * {@link io.github.medicalnlp.catalogue.Catalogue#query()}, add filters, order and slicing, and end
 * with a terminal operation such as {@link io.github.medicalnlp.catalogue.query.Query#list()} or
 * {@link io.github.medicalnlp.catalogue.query.Query#toCatalogue()}.
 */
package io.github.medicalnlp.catalogue.query;
