package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchTest {

    @Test
    void knowsItsSectionAndPath() {
        Entry entry = Entry.builder("Apollo").link("https://github.com/FreedomIntelligence/Apollo").kind(Kind.MODEL).build();
        List<Section> path = new ArrayList<>(List.of(Section.of("5", "开源预训练模型"), Section.of("5.2", "医疗LLM"),
                Section.of("多语言")));
        Match match = new Match(entry, path, 1);
        path.clear();
        assertThat(match.section().title()).isEqualTo("多语言");
        assertThat(match.path()).isEqualTo("5 > 5.2 > 多语言");
        assertThat(match.name()).isEqualTo("Apollo");
        assertThat(match.kind()).contains(Kind.MODEL);
        assertThat(match.primaryUrl()).contains("https://github.com/FreedomIntelligence/Apollo");
        assertThat(match.pathAndName()).isEqualTo("5 > 5.2 > 多语言: Apollo");
        assertThat(match).hasToString("Match[Apollo · model · 多语言]");
        assertThat(match).isEqualTo(new Match(entry, List.of(Section.of("5", "开源预训练模型"), Section.of("5.2", "医疗LLM"),
                Section.of("多语言")), 1));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Match(null, List.of(Section.of("s")), 0)).hasMessage("entry must not be null");
        assertThatThrownBy(() -> new Match(Entry.of("e"), List.of(), 0)).hasMessage("sections must not be empty");
        assertThatThrownBy(() -> new Match(Entry.of("e"), List.of(Section.of("s")), -1))
                .hasMessage("index must not be negative, was -1");
    }
}
