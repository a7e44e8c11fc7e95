/**
 * Reading the Medical_NLP README Markdown into the catalogue model and writing it back.
 */
module io.github.medicalnlp.catalogue.markdown {
    requires transitive io.github.medicalnlp.catalogue;

    exports io.github.medicalnlp.catalogue.markdown;
}
