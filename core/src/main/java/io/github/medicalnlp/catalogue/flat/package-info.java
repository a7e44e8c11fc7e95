/**
 * The flat form of a catalogue's entries for data tools: one {@link io.github.medicalnlp.catalogue.flat.EntryRow}
 * per entry, with the scalar and list values of the {@link io.github.medicalnlp.catalogue.flat.Column}s that
 * every flat export (JSON Lines, CSV) writes under the same snake_case names. No file format here: json-io
 * writes the rows.
 */
package io.github.medicalnlp.catalogue.flat;
