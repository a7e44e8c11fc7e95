/**
 * Tables for people: query results as a {@link io.github.medicalnlp.catalogue.table.Table} of text cells that
 * renders as plain text lined up for Chinese as for English (what JShell and a notebook show), as a GitHub
 * Flavored Markdown table and as an HTML table. The columns of a table of matches are the
 * {@link io.github.medicalnlp.catalogue.flat.Column}s of the flat exports.
 */
package io.github.medicalnlp.catalogue.table;
