package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The one {@link JsonFactory} of the module, with the limits that bound hostile input. */
public final class Json {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** The longest document read, in characters or bytes. */
    public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
    /** The longest string value. */
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

    /** Thread-safe once configured, as Jackson documents. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            // Off: locations are reported as the user's source name and line:column, and Jackson's
            // messages then never carry a copy of the input
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private Json() {
    }

    /** Two-space indentation, {@code "key": value}, one element per line, {@code \n} line ends. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
