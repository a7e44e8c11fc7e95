package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogueModule());
    private final Catalogue full = Samples.full();

    @Test
    void writesCataloguesExactlyAsTheWriterDoes() throws Exception {
        assertThat(mapper.writeValueAsString(full) + "\n").isEqualTo(CatalogueJsonWriter.compact().write(full));
        assertThat(mapper.readValue(mapper.writeValueAsString(full), Catalogue.class)).isEqualTo(full);
    }

    @Test
    void catalogueTypesCanBePartOfTheUsersOwnData() throws Exception {
        Entry cmb = full.allEntries().get(0);
        Map<String, Object> data = Map.of("entry", cmb, "kind", Kind.KNOWLEDGE_GRAPH, "language", Language.CHINESE,
                "modality", Modality.TIME_SERIES, "role", LinkRole.PAPER, "task", Task.NAMED_ENTITY_RECOGNITION);
        String json = mapper.writeValueAsString(data);
        assertThat(json).contains("\"kind\":\"knowledge-graph\"").contains("\"language\":\"zh\"")
                .contains("\"modality\":\"time-series\"").contains("\"role\":\"paper\"")
                .contains("\"task\":\"named-entity-recognition\"");
        assertThat(mapper.readValue("\"NER\"", Task.class)).isSameAs(Task.NAMED_ENTITY_RECOGNITION);
        Map<String, Entry> entries = mapper.readValue(mapper.writeValueAsString(Map.of("a", cmb)),
                new TypeReference<Map<String, Entry>>() { });
        assertThat(entries.get("a")).isEqualTo(cmb);
        List<Link> links = mapper.readValue(mapper.writeValueAsString(cmb.links()), new TypeReference<List<Link>>() { });
        assertThat(links).isEqualTo(cmb.links());
        assertThat(mapper.readValue("\"knowledge-graph\"", Kind.class)).isSameAs(Kind.KNOWLEDGE_GRAPH);
        assertThat(mapper.readValue("\"zh\"", Language.class)).isEqualTo(Language.CHINESE);
    }

    @Test
    void featuresHaveDefaultsAndCanBeChanged() throws Exception {
        CatalogueModule module = new CatalogueModule();
        assertThat(module.isEnabled(JsonFeature.WRITE_FORMAT_HEADER)).isTrue();
        assertThat(module.isEnabled(JsonFeature.REJECT_UNKNOWN_PROPERTIES)).isFalse();
        ObjectMapper bare = new ObjectMapper().registerModule(module.without(JsonFeature.WRITE_FORMAT_HEADER));
        String json = bare.writeValueAsString(full);
        assertThat(json).startsWith("{\"title\":\"Medical_NLP\"");
        assertThat(bare.readValue(json, Catalogue.class)).isEqualTo(full);
        ObjectMapper strict = new ObjectMapper().registerModule(module.with(JsonFeature.REJECT_UNKNOWN_PROPERTIES));
        assertThatThrownBy(() -> strict.readValue("{\"name\": \"e\", \"extra\": 1}", Entry.class))
                .satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOf(CatalogueFormatException.class),
                        e -> assertThat(e).isInstanceOf(JsonMappingException.class)
                                .hasCauseInstanceOf(CatalogueFormatException.class))
                .hasMessageContaining("unknown property \"extra\"");
        assertThat(mapper.readValue("{\"name\": \"e\", \"extra\": 1}", Entry.class)).isEqualTo(Entry.of("e"));
    }

    @Test
    void isFoundAsAServiceByFindAndRegisterModules() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).anySatisfy(id -> assertThat(id.toString()).contains("CatalogueModule"));
        assertThat(found.readValue(found.writeValueAsString(full), Catalogue.class)).isEqualTo(full);
    }
}
