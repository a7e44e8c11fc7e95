/**
 * The JSON format of the catalogue, version {@value io.github.medicalnlp.catalogue.json.JsonFormat#VERSION}:
 * {@link io.github.medicalnlp.catalogue.json.CatalogueJsonReader},
 * {@link io.github.medicalnlp.catalogue.json.CatalogueJsonWriter} (documents and JSON Lines) and
 * {@link io.github.medicalnlp.catalogue.json.CatalogueModule} for users' own Jackson mappers. The JSON
 * Schema of the format is the resource {@code catalogue-1.0.schema.json} of this package.
 */
package io.github.medicalnlp.catalogue.json;
