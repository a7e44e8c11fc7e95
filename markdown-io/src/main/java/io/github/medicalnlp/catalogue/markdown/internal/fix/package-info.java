/**
 * Fixing what the linter finds where the document shows one safe answer: one small {@link
 * io.github.medicalnlp.catalogue.markdown.internal.fix.Fixer} per kind of finding, proposing edits of the
 * text or of an entry of the catalogue, or declining with a reason; {@link
 * io.github.medicalnlp.catalogue.markdown.internal.fix.Composer} puts the edits together over the
 * minimal-diff rendering of the edited catalogue.
 */
package io.github.medicalnlp.catalogue.markdown.internal.fix;
