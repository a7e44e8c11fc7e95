/**
 * Runnable examples of the Medical NLP Catalogue library.
 */
module io.github.medicalnlp.catalogue.examples {
    requires transitive io.github.medicalnlp.catalogue;
    requires io.github.medicalnlp.catalogue.markdown;
    requires io.github.medicalnlp.catalogue.json;

    exports io.github.medicalnlp.catalogue.examples;
}
