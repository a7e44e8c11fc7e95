package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/exports.md: the flat {@code id} is "Unique in every catalogue read from Markdown". Two sections that
 * share a number (a common slip in hand-numbered lists), or a section numbered 1 beside one titled "1", give
 * the same id to different entries, so a join or a primary key on id breaks.
 */
class Issue15FlatIdAttackTest {

    @Test
    void idsAreUniqueWhenTwoSectionsShareANumber() {
        Catalogue c = MarkdownReader.create().read(String.join("\n",
                "# T", "",
                "## 1. A", "",
                "* foo", "  * 地址：https://github.com/a/b", "",
                "## 1. B", "",
                "* foo", "  * 地址：https://github.com/a/c", "")).catalogue();
        List<String> ids = EntryRow.listOf(c).stream().map(EntryRow::id).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void idsAreUniqueWhenASectionTitleLooksLikeAnotherSectionsNumber() {
        Catalogue c = MarkdownReader.create().read(String.join("\n",
                "# T", "",
                "## 1. A", "",
                "* foo", "  * 地址：https://github.com/a/b", "",
                "## X", "",
                "### 1", "",
                "* foo", "  * 地址：https://github.com/a/f", "")).catalogue();
        List<String> ids = EntryRow.listOf(c).stream().map(EntryRow::id).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void anIdIsNeverJustTheSectionAndASlash() {
        Catalogue c = MarkdownReader.create().read(String.join("\n",
                "# T", "",
                "## 1. A", "",
                "* 🙂", "  * 地址：https://github.com/a/g", "")).catalogue();
        // the id of an entry whose name has no letter or digit is "1/": an empty name part
        assertThat(EntryRow.listOf(c).get(0).id()).doesNotEndWith("/");
    }
}
