/**
 * What changed between two catalogues:
 * {@link io.github.medicalnlp.catalogue.diff.CatalogueDiff#between(io.github.medicalnlp.catalogue.Catalogue,
 * io.github.medicalnlp.catalogue.Catalogue)}.
 */
package io.github.medicalnlp.catalogue.diff;
