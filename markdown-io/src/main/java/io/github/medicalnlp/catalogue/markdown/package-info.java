/**
 * The Markdown format of the catalogue: the README of the Medical_NLP list and lists like it.
 */
package io.github.medicalnlp.catalogue.markdown;
