/**
 * Reading the README Markdown of an awesome list into the catalogue model and writing it back:
 * losslessly, with a minimal diff after edits, or canonically.
 */
module io.github.medicalnlp.catalogue.markdown {
    requires transitive io.github.medicalnlp.catalogue;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;

    exports io.github.medicalnlp.catalogue.markdown;
}
