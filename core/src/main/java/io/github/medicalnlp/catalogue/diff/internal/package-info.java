/**
 * The matching behind {@link io.github.medicalnlp.catalogue.diff.CatalogueDiff}: a catalogue's sections
 * and entries flattened into arrays, paired by hash maps on their identity keys. Not API.
 */
package io.github.medicalnlp.catalogue.diff.internal;
