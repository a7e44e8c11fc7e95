/**
 * The lint rules that need the text of a Markdown document, and the run that puts them together with
 * the model's rules: each finding comes with the place in the text it is about ({@link
 * io.github.medicalnlp.catalogue.markdown.internal.lint.Detection}), so that the fixers act on what the
 * rules found instead of finding it again.
 */
package io.github.medicalnlp.catalogue.markdown.internal.lint;
