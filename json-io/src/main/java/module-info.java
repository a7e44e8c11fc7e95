/**
 * The versioned JSON format of the catalogue.
 */
module io.github.medicalnlp.catalogue.json {
    requires transitive io.github.medicalnlp.catalogue;

    exports io.github.medicalnlp.catalogue.json;
}
