package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import java.io.IOException;
import java.util.function.Function;

/**
 * Stateless databind (de)serialisers that delegate to {@link CatalogueCodec} and {@link CatalogueReader}, so that a user's
 * {@code ObjectMapper} writes and reads exactly the format of the reader and writer.
 */
public final class Serde {

    private Serde() {
    }

    /** Writes a value with one of the codec's write methods. */
    @FunctionalInterface
    public interface Write<T> {
        /**
         * Writes the value.
         *
         * @throws IOException when the generator fails
         */
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** A serialiser of one model type. */
    public static final class Ser<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Write<T> write;

        /**
         * A serialiser.
         *
         * @param type the model type
         * @param write how to write it
         */
        public Ser(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(g, value);
        }
    }

    /** A deserialiser of one model type. */
    public static final class Deser<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final boolean strict;
        private final transient Function<CatalogueReader, T> read;

        /**
         * A deserialiser.
         *
         * @param type the model type
         * @param strict whether unknown properties are errors
         * @param read how to read it
         */
        public Deser(Class<T> type, boolean strict, Function<CatalogueReader, T> read) {
            super(type);
            this.strict = strict;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            return read.apply(new CatalogueReader(p, strict, "<jackson>"));
        }
    }

    /** The serialiser of catalogues, with or without the format header. */
    public static Ser<Catalogue> catalogue(boolean header) {
        return new Ser<>(Catalogue.class, (g, c) -> CatalogueCodec.write(g, c, header));
    }

    /** Serialisers and deserialisers of the other model types. */
    public static Ser<Section> section() {
        return new Ser<>(Section.class, CatalogueCodec::write);
    }

    /** The serialiser of entries. */
    public static Ser<Entry> entry() {
        return new Ser<>(Entry.class, CatalogueCodec::write);
    }

    /** The serialiser of links. */
    public static Ser<Link> link() {
        return new Ser<>(Link.class, CatalogueCodec::write);
    }

    /** The serialiser of fields. */
    public static Ser<TextField> field() {
        return new Ser<>(TextField.class, CatalogueCodec::write);
    }

    /** The serialiser of news items. */
    public static Ser<NewsItem> news() {
        return new Ser<>(NewsItem.class, CatalogueCodec::write);
    }

    /** The serialiser of {@link Translation}. */
    public static Ser<Translation> translation() {
        return new Ser<>(Translation.class, CatalogueCodec::write);
    }
}
