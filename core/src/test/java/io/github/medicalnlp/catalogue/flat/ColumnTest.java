package io.github.medicalnlp.catalogue.flat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.SeedSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void theColumnsAndTheirOrderAreTheDocumentedOnes() {
        assertThat(Arrays.stream(Column.values()).map(Column::columnName)).containsExactly("id", "name", "name_en",
                "section_path", "section_number", "section_title", "section_group", "kind", "languages", "modalities",
                "tasks", "tags", "primary_url", "github_repo", "huggingface_repo", "arxiv_id", "paper_url", "code_url",
                "data_url", "description");
        assertThat(Arrays.stream(Column.values()).filter(Column::isList))
                .containsExactly(Column.LANGUAGES, Column.MODALITIES, Column.TASKS, Column.TAGS);
    }

    @Test
    void everyNameIsSnakeCaseAndNoSqlKeyWord() throws IOException {
        Set<String> keywords = new HashSet<>();
        keywords.addAll(words("sql2016-reserved.txt"));
        keywords.addAll(words("duckdb-keywords.txt"));
        assertThat(keywords).contains("group", "language", "value", "values", "position", "describe", "show");
        Set<String> names = new HashSet<>();
        for (Column c : Column.values()) {
            assertThat(c.columnName()).as(c.name()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")
                    .isEqualTo(c.name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(c.toString());
            assertThat(keywords).as("%s is an SQL key word", c.columnName()).doesNotContain(c.columnName());
            assertThat(names.add(c.columnName())).isTrue();
        }
    }

    private static List<String> words(String resource) throws IOException {
        try (InputStream in = ColumnTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.strip().split(" +"))).filter(w -> !w.isEmpty()).toList();
        }
    }

    @Test
    void columnsAreFoundByName() {
        for (Column c : Column.values()) {
            assertThat(Column.named(c.columnName())).isSameAs(c);
        }
        assertThatThrownBy(() -> Column.named("group")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column 'group' is not one of: id, name, name_en, section_path,")
                .hasMessageEndingWith("data_url, description");
        assertThatThrownBy(() -> Column.named("primaryUrl")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreTheRowsValuesAsWords() {
        Catalogue c = SeedSample.catalogue();
        for (EntryRow row : EntryRow.listOf(c)) {
            for (Column column : Column.values()) {
                List<String> values = column.values(row);
                if (!column.isList()) {
                    assertThat(values).as("%s of %s", column, row.id()).hasSizeLessThanOrEqualTo(1);
                }
                assertThat(values).doesNotContainNull();
            }
            assertThat(Column.ID.values(row)).containsExactly(row.id());
            assertThat(Column.NAME_EN.values(row)).isEqualTo(row.nameEn().stream().toList());
            assertThat(Column.KIND.values(row)).isEqualTo(row.kind().stream().map(k -> k.word()).toList());
            assertThat(Column.LANGUAGES.values(row)).isEqualTo(row.languages().stream().map(l -> l.code()).toList());
            assertThat(Column.MODALITIES.values(row)).isEqualTo(row.modalities().stream().map(m -> m.word()).toList());
            assertThat(Column.TASKS.values(row)).isEqualTo(row.tasks().stream().map(t -> t.id()).toList());
            assertThat(Column.TAGS.values(row)).isEqualTo(row.tags());
            assertThat(Column.SECTION_GROUP.values(row)).isEqualTo(row.sectionGroup().stream().toList());
            assertThat(Column.ARXIV_ID.values(row)).isEqualTo(row.arxivId().stream().toList());
            assertThat(Column.DESCRIPTION.values(row)).isEqualTo(row.description().stream().toList());
        }
        assertThatThrownBy(() -> Column.ID.values(null)).hasMessage("row must not be null");
    }
}
