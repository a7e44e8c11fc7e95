/**
 * Every difference between two catalogues:
 * {@link io.github.medicalnlp.catalogue.diff.CatalogueDiff#between(io.github.medicalnlp.catalogue.Catalogue,
 * io.github.medicalnlp.catalogue.Catalogue)} gives the changes of title, introduction and citation
 * ({@link io.github.medicalnlp.catalogue.diff.CatalogueChange}), of the news
 * ({@link io.github.medicalnlp.catalogue.diff.NewsChange}), of the sections
 * ({@link io.github.medicalnlp.catalogue.diff.SectionChange}) and of the entries
 * ({@link io.github.medicalnlp.catalogue.diff.EntryChange}); it is empty exactly when the two are equal.
 */
package io.github.medicalnlp.catalogue.diff;
