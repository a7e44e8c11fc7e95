/**
 * The Medical NLP Catalogue model: an immutable catalogue of sections, entries and links, with a
 * fluent query API, catalogue edits and a diff. Knows no file format; see the markdown and json
 * modules for reading and writing.
 *
 * <ul>
 *   <li>{@link io.github.medicalnlp.catalogue} — the model: {@link io.github.medicalnlp.catalogue.Catalogue},
 *       {@link io.github.medicalnlp.catalogue.Section}, {@link io.github.medicalnlp.catalogue.Entry},
 *       {@link io.github.medicalnlp.catalogue.Link} and their vocabularies.</li>
 *   <li>{@link io.github.medicalnlp.catalogue.query} — immutable queries over a catalogue.</li>
 *   <li>{@link io.github.medicalnlp.catalogue.diff} — what changed between two catalogues.</li>
 *   <li>{@link io.github.medicalnlp.catalogue.flat} — entries as flat rows, the columns of the flat exports.</li>
 *   <li>{@link io.github.medicalnlp.catalogue.table} — query results as tables for people: plain text lined up
 *       by display width, Markdown and HTML.</li>
 * </ul>
 */
module io.github.medicalnlp.catalogue {
    // Bean Validation: the constraints on the model, and CatalogueValidator (Hibernate Validator is a
    // run-time dependency, started only when something is validated)
    requires jakarta.validation;
    requires java.logging;

    exports io.github.medicalnlp.catalogue;
    exports io.github.medicalnlp.catalogue.query;
    exports io.github.medicalnlp.catalogue.diff;
    exports io.github.medicalnlp.catalogue.flat;
    exports io.github.medicalnlp.catalogue.table;
    exports io.github.medicalnlp.catalogue.lint;
    exports io.github.medicalnlp.catalogue.validation;
    // Hibernate Validator reads the records' fields and accessors reflectively
    opens io.github.medicalnlp.catalogue to org.hibernate.validator;
    // shared helpers (checks, atomic file writes) for the format modules only: not API
    exports io.github.medicalnlp.catalogue.internal to
            io.github.medicalnlp.catalogue.markdown,
            io.github.medicalnlp.catalogue.json;
    // the display width, for the command-line tool's own tables (one definition of width): not API
    exports io.github.medicalnlp.catalogue.table.internal to io.github.medicalnlp.catalogue.examples;
}
