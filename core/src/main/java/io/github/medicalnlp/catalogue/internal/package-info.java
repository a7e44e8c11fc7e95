/**
 * Implementation details shared by the core packages. Not exported: not part of the API.
 */
package io.github.medicalnlp.catalogue.internal;
