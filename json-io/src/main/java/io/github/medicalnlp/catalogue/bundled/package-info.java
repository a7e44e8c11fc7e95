/**
 * The curated Medical_NLP catalogue that ships with the library:
 * {@link io.github.medicalnlp.catalogue.bundled.MedicalNlp#catalogue()}.
 */
package io.github.medicalnlp.catalogue.bundled;
