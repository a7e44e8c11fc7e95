/**
 * Fixing what the linter finds where the document shows one safe answer: one small {@link
 * io.github.medicalnlp.catalogue.markdown.internal.fix.Fixer} per kind of finding, proposing edits of the
 * text (checked against the catalogue where they change an entry), or declining with a reason; {@link
 * io.github.medicalnlp.catalogue.markdown.internal.fix.Composer} puts the edits together, each replacing
 * only its own characters, and {@link io.github.medicalnlp.catalogue.markdown.internal.fix.LineChanges}
 * tells the changed lines.
 */
package io.github.medicalnlp.catalogue.markdown.internal.fix;
