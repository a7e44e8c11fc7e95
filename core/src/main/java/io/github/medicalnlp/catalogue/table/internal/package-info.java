/**
 * How a {@link io.github.medicalnlp.catalogue.table.Table} is rendered: display width, cell text made safe,
 * and one renderer per format. Not API: exported only to the examples module, whose command-line tool lines up
 * its tables with the same {@link io.github.medicalnlp.catalogue.table.internal.DisplayWidth}.
 */
package io.github.medicalnlp.catalogue.table.internal;
