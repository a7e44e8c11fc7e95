/**
 * The flat CSV export of a catalogue for data tools and spreadsheets:
 * {@link io.github.medicalnlp.catalogue.csv.CatalogueCsvWriter}, one record per entry with the columns of
 * {@link io.github.medicalnlp.catalogue.flat.Column}, the same rows as the flat JSON Lines of
 * {@link io.github.medicalnlp.catalogue.json.CatalogueJsonWriter#writeJsonLines}.
 */
package io.github.medicalnlp.catalogue.csv;
