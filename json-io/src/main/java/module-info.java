/**
 * The versioned JSON format of the catalogue on Jackson, the flat exports for data tools (JSON Lines and
 * CSV), a Jackson {@code Module} for users' own mappers, and the bundled, curated Medical_NLP catalogue.
 */
module io.github.medicalnlp.catalogue.json {
    requires transitive io.github.medicalnlp.catalogue;
    requires com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.medicalnlp.catalogue.json;
    exports io.github.medicalnlp.catalogue.csv;
    exports io.github.medicalnlp.catalogue.bundled;

    // the mix-ins are read reflectively by databind
    opens io.github.medicalnlp.catalogue.json.internal to com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with io.github.medicalnlp.catalogue.json.CatalogueModule;
}
