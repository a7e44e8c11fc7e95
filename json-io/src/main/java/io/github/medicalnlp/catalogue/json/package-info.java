/**
 * The JSON format of the catalogue: a documented, versioned document and JSON Lines export.
 */
package io.github.medicalnlp.catalogue.json;
