/**
 * Runnable examples of the Medical NLP Catalogue library.
 */
module io.github.medicalnlp.catalogue.examples {
    requires transitive io.github.medicalnlp.catalogue;
    requires io.github.medicalnlp.catalogue.markdown;
    requires io.github.medicalnlp.catalogue.json;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires io.github.javadiffutils;

    exports io.github.medicalnlp.catalogue.examples;
    exports io.github.medicalnlp.catalogue.examples.cli;
    // picocli reads and sets the annotated fields of the commands
    opens io.github.medicalnlp.catalogue.examples.cli to info.picocli;
}
