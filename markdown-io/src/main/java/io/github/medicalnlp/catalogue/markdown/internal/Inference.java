package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a list says about its entries through its headings and labels: the kind and languages of the
 * resources under a heading, and the role of a link from its label or table column. Both the reader
 * and the writers use it, so that writing leaves out exactly what reading will infer again.
 */
public final class Inference {

    private Inference() {
    }

    /** Facts inferred for the entries under a chain of headings. */
    public record Facts(Optional<Kind> kind, List<Language> languages, Set<Modality> modalities) {
    }

    /**
     * The facts for entries under these section titles, listed from the top level down: the nearest
     * heading that names a kind, a language or a modality wins.
     */
    public static Facts facts(List<String> titlesTopDown) {
        Optional<Kind> kind = Optional.empty();
        List<Language> languages = List.of();
        Set<Modality> modalities = Set.of();
        for (int i = titlesTopDown.size() - 1; i >= 0; i--) {
            String t = titlesTopDown.get(i);
            if (kind.isEmpty()) {
                kind = kind(t);
            }
            if (languages.isEmpty()) {
                languages = languages(t);
            }
            if (modalities.isEmpty()) {
                modalities = modalities(t);
            }
        }
        return new Facts(kind, languages, modalities);
    }

    /**
     * The facts for entries under a section titled {@code title} inside sections whose facts are
     * {@code above}: what {@link #facts} gives for the titles of those sections then this one, worked
     * out from this title alone.
     */
    public static Facts facts(Facts above, String title) {
        Optional<Kind> kind = kind(title);
        List<Language> languages = languages(title);
        Set<Modality> modalities = modalities(title);
        return new Facts(kind.isEmpty() ? above.kind() : kind, languages.isEmpty() ? above.languages() : languages,
                modalities.isEmpty() ? above.modalities() : modalities);
    }

    /** The kind a section title names: 数据集 or Datasets give dataset, 评测 or Benchmark benchmark... */
    static Optional<Kind> kind(String title) {
        return Vocabularies.KINDS.find(title);
    }

    /** The languages a section title names: 中文 or Chinese, 英文 or English, or 多语言 alone. */
    static List<Language> languages(String title) {
        Set<Language> found = Vocabularies.LANGUAGES.findAll(title);
        return found.contains(Language.MULTILINGUAL) ? List.of(Language.MULTILINGUAL) : List.copyOf(found);
    }

    /** The modalities a section title names: VLM, 多模态 or vision give text and image, LLM or 文本 text... */
    static Set<Modality> modalities(String title) {
        return Vocabularies.MODALITIES.find(title).orElse(Set.of());
    }

    /**
     * The role of a link from its label as written or its table column: {@link LinkRole#ofLabel}, the
     * one vocabulary of link labels (论文地址, Paper or arXiv give paper; 项目地址, Code or GitHub give
     * code; 地址, Link or an empty label give homepage; ...).
     */
    public static LinkRole role(String label) {
        return LinkRole.ofLabel(label);
    }

    /** The label this library writes for a link of this role whose own label does not imply it. */
    public static String label(LinkRole role) {
        return switch (role) {
            case HOMEPAGE -> "地址";
            case PAPER -> "论文地址";
            case CODE -> "项目地址";
            case DATA -> "数据地址";
            case WEIGHTS -> "权重地址";
            case DEMO -> "演示地址";
            case OTHER -> "其他链接";
        };
    }
}
