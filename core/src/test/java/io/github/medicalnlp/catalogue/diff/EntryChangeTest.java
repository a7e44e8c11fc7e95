package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Entry;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryChangeTest {

    private final Entry entry = Entry.of("CMB", "https://github.com/FreedomIntelligence/CMB");

    @Test
    void theSidesMustFitTheType() {
        assertThatThrownBy(() -> new EntryChange(ChangeType.ADDED, Optional.of(entry), Optional.of(entry),
                Optional.empty(), Optional.of("1"), Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an entry change of type added has the wrong sides");
        assertThatThrownBy(() -> new EntryChange(ChangeType.CHANGED, Optional.of(entry), Optional.of(entry),
                Optional.of("1"), Optional.of("1"), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryChange(ChangeType.RENAMED, Optional.of(entry), Optional.of(entry),
                Optional.of("1"), Optional.of("1"), Set.of(EntryChange.Aspect.NAME)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryChange(null, Optional.empty(), Optional.of(entry), Optional.empty(),
                Optional.of("1"), Set.of())).hasMessage("type must not be null");
    }

    @Test
    void namesAndPathsPreferTheNewerSide() {
        EntryChange removed = new EntryChange(ChangeType.REMOVED, Optional.of(entry), Optional.empty(),
                Optional.of("1 > 1.1"), Optional.empty(), Set.of());
        assertThat(removed.name()).isEqualTo("CMB");
        assertThat(removed.path()).isEqualTo("1 > 1.1");
        assertThat(removed).hasToString("- 1 > 1.1: CMB");
        assertThat(EntryChange.Aspect.LINKS).hasToString("links");
        assertThat(ChangeType.CHANGED).hasToString("changed");
    }
}
