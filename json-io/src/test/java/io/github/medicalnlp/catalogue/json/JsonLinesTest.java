package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private final Catalogue full = Samples.full();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesOneFlatObjectPerEntryWithTheSameKeysOnEveryLine() throws Exception {
        String lines = CatalogueJsonWriter.create().toJsonLines(full);
        List<String> each = lines.lines().toList();
        assertThat(each).hasSize(full.size());
        assertThat(lines).endsWith("\n");
        List<List<String>> keys = new ArrayList<>();
        for (String line : each) {
            JsonNode node = mapper.readTree(line);
            List<String> k = new ArrayList<>();
            node.fieldNames().forEachRemaining(k::add);
            keys.add(k);
        }
        assertThat(keys).allSatisfy(k -> assertThat(k).containsExactly("sectionPath", "sectionTitle", "name", "group",
                "kind", "languages", "modalities", "tasks", "tags", "primaryUrl", "description", "links", "fields"));
        JsonNode cmb = mapper.readTree(each.get(0));
        assertThat(cmb.get("sectionPath").asText()).isEqualTo("1 > 1.1");
        assertThat(cmb.get("kind").asText()).isEqualTo("benchmark");
        assertThat(cmb.get("primaryUrl").asText()).isEqualTo("https://github.com/FreedomIntelligence/CMB");
        assertThat(cmb.get("links")).hasSize(2);
        JsonNode bare = mapper.readTree(each.get(1));
        assertThat(bare.get("kind").isNull()).isTrue();
        assertThat(bare.get("links")).isEmpty();
        assertThat(mapper.readTree(each.get(2)).get("group").asText()).isEqualTo("电子病历相关文章");
    }

    @Test
    void writesToStreamsAndFiles(@TempDir Path dir) throws Exception {
        String expected = CatalogueJsonWriter.create().toJsonLines(full);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueJsonWriter.create().writeJsonLines(full, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        Path file = dir.resolve("entries.jsonl");
        CatalogueJsonWriter.compact().writeJsonLines(full, file);
        assertThat(Files.readString(file)).isEqualTo(expected);
    }
}
