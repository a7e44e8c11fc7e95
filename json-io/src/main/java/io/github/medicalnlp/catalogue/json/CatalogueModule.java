package io.github.medicalnlp.catalogue.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.json.internal.CatalogueReader;
import io.github.medicalnlp.catalogue.json.internal.MixIns;
import io.github.medicalnlp.catalogue.json.internal.Serde;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Jackson {@code Module} for the catalogue types, so that they can be part of a user's own
 * {@code ObjectMapper} data:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogueModule());
 * String json = mapper.writeValueAsString(Map.of("catalogue", catalogue));
 * }</pre>
 *
 * <p>Catalogues, sections, entries, links, fields and news items are written and read in exactly the
 * format of {@link CatalogueJsonWriter} and {@link CatalogueJsonReader}; {@link Kind}, {@link LinkRole},
 * {@link Modality}, {@link Task} and {@link Language} as their lower-case words (through mix-ins: the model carries no
 * Jackson annotation). The module is also registered as a service, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
public final class CatalogueModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final Set<JsonFeature> features;

    /** The module with every {@link JsonFeature} at its default. */
    public CatalogueModule() {
        this(defaults());
    }

    private CatalogueModule(Set<JsonFeature> features) {
        super("medical-nlp-catalogue", new Version(0, 1, 0, "SNAPSHOT", "io.github.medicalnlp", "medical-nlp-json-io"));
        this.features = features;
    }

    private static Set<JsonFeature> defaults() {
        Set<JsonFeature> on = EnumSet.noneOf(JsonFeature.class);
        for (JsonFeature f : JsonFeature.values()) {
            if (f.enabledByDefault()) {
                on.add(f);
            }
        }
        return on;
    }

    /** A module like this one with the feature on. */
    public CatalogueModule with(JsonFeature feature) {
        Set<JsonFeature> on = EnumSet.copyOf(features);
        on.add(Objects.requireNonNull(feature, "feature must not be null"));
        return new CatalogueModule(on);
    }

    /** A module like this one with the feature off. */
    public CatalogueModule without(JsonFeature feature) {
        Set<JsonFeature> on = features.isEmpty() ? EnumSet.noneOf(JsonFeature.class) : EnumSet.copyOf(features);
        on.remove(Objects.requireNonNull(feature, "feature must not be null"));
        return new CatalogueModule(on);
    }

    /** Whether the feature is on. */
    public boolean isEnabled(JsonFeature feature) {
        return features.contains(Objects.requireNonNull(feature, "feature must not be null"));
    }

    @Override
    public void setupModule(SetupContext context) {
        boolean strict = isEnabled(JsonFeature.REJECT_UNKNOWN_PROPERTIES);
        boolean header = isEnabled(JsonFeature.WRITE_FORMAT_HEADER);
        addSerializer(Catalogue.class, Serde.catalogue(header));
        addSerializer(Section.class, Serde.section());
        addSerializer(Entry.class, Serde.entry());
        addSerializer(Link.class, Serde.link());
        addSerializer(TextField.class, Serde.field());
        addSerializer(NewsItem.class, Serde.news());
        addSerializer(Translation.class, Serde.translation());
        addDeserializer(Catalogue.class, new Serde.Deser<>(Catalogue.class, strict, r -> r.catalogue(header)));
        addDeserializer(Section.class, new Serde.Deser<>(Section.class, strict, CatalogueReader::section));
        addDeserializer(Entry.class, new Serde.Deser<>(Entry.class, strict, CatalogueReader::entry));
        addDeserializer(Link.class, new Serde.Deser<>(Link.class, strict, CatalogueReader::link));
        addDeserializer(TextField.class, new Serde.Deser<>(TextField.class, strict, CatalogueReader::field));
        addDeserializer(NewsItem.class, new Serde.Deser<>(NewsItem.class, strict, CatalogueReader::news));
        addDeserializer(Translation.class, new Serde.Deser<>(Translation.class, strict, CatalogueReader::translation));
        setMixInAnnotation(Kind.class, MixIns.KindMixIn.class);
        setMixInAnnotation(LinkRole.class, MixIns.LinkRoleMixIn.class);
        setMixInAnnotation(Modality.class, MixIns.ModalityMixIn.class);
        setMixInAnnotation(Task.class, MixIns.TaskMixIn.class);
        setMixInAnnotation(Language.class, MixIns.LanguageMixIn.class);
        super.setupModule(context);
    }

    @Override
    public Object getTypeId() {
        return CatalogueModule.class.getName() + features;
    }
}
