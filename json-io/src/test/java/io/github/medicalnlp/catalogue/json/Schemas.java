package io.github.medicalnlp.catalogue.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The two shipped schemas, compiled once by the networknt validator. */
final class Schemas {

    /** {@link JsonFormat#schema()}: what this version writes and the strict reader reads. */
    static final Schema STRICT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(), InputFormat.JSON);
    /** {@link JsonFormat#readerSchema()}: every 1.x document, what the default reader reads. */
    static final Schema OPEN = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.readerSchema(), InputFormat.JSON);

    private Schemas() {
    }

    static List<Error> strict(String json) {
        return STRICT.validate(json, InputFormat.JSON);
    }

    static List<Error> open(String json) {
        return OPEN.validate(json, InputFormat.JSON);
    }
}
