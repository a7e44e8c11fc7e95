package io.github.medicalnlp.catalogue.bundled;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.json.internal.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The curated Medical_NLP catalogue that ships with the library:
 * <pre>{@code
 * Catalogue catalogue = MedicalNlp.catalogue();
 * catalogue.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list();
 * }</pre>
 *
 * <p>It is made from the Medical_NLP README of 2024-11-14 with its known defects corrected (see
 * {@code CURATION.md} beside the resource) and every entry given a kind, modality, languages where the
 * list says so, and tasks and tags where its text states them. It is stored as the resource
 * {@value #RESOURCE} of this package, a catalogue document of the JSON format version
 * {@value io.github.medicalnlp.catalogue.json.JsonFormat#VERSION}.
 *
 * <p>The first call reads it; later calls return the same instance. Loading is thread-safe: the JVM
 * initialises the holder class once. The build also stores the catalogue as {@value #SNAPSHOT}, a
 * compact binary form written from the JSON resource, and the first call reads that one without Jackson
 * (a few tens of milliseconds less in a fresh JVM); without it (a jar built otherwise) it reads the JSON.
 */
public final class MedicalNlp {

    /** The name of the resource, relative to this class's package. */
    public static final String RESOURCE = "medical-nlp-catalogue.json";

    /** The name of the binary snapshot of {@link #RESOURCE} the build writes beside it. */
    public static final String SNAPSHOT = "medical-nlp-catalogue.snapshot";

    private MedicalNlp() {
    }

    /** The bundled catalogue, read on the first call and cached. */
    public static Catalogue catalogue() {
        return Holder.CATALOGUE;
    }

    private static final class Holder {
        static final Catalogue CATALOGUE = load();
    }

    private static Catalogue load() {
        try (InputStream snapshot = MedicalNlp.class.getResourceAsStream(SNAPSHOT)) {
            if (snapshot != null) {
                return Snapshot.read(snapshot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue " + SNAPSHOT, e);
        }
        return loadJson();
    }

    /** The catalogue read from the JSON resource, as {@link #catalogue()} reads it without a snapshot. */
    static Catalogue loadJson() {
        try (InputStream in = MedicalNlp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalogue resource " + RESOURCE + " is missing from "
                        + MedicalNlp.class.getPackageName() + "; the medical-nlp-json-io jar is incomplete");
            }
            return CatalogueJsonReader.strict().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue " + RESOURCE, e);
        }
    }
}
