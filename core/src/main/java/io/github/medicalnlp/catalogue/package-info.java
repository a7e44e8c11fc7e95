/**
 * The catalogue model: immutable records from {@link io.github.medicalnlp.catalogue.Catalogue} through
 * {@link io.github.medicalnlp.catalogue.Section} and {@link io.github.medicalnlp.catalogue.Entry} to
 * {@link io.github.medicalnlp.catalogue.Link}, with the vocabularies
 * {@link io.github.medicalnlp.catalogue.Kind}, {@link io.github.medicalnlp.catalogue.Language},
 * {@link io.github.medicalnlp.catalogue.Modality} and {@link io.github.medicalnlp.catalogue.LinkRole}.
 *
 * <p>All types are immutable and null-hostile: constructors and factories reject {@code null} (and
 * blank names) with a message naming the parameter, and copy the lists they are given. Order is the
 * source order everywhere. Factories follow java.time: {@code of}, {@code parse}, {@code builder},
 * and {@code withX} copies that return the same instance when nothing changes.
 */
package io.github.medicalnlp.catalogue;
