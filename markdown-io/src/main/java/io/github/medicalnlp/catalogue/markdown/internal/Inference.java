package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a list says about its entries through its headings and labels: the kind and languages of the
 * resources under a heading, and the role of a link from its label or table column. Both the reader
 * and the writers use it, so that writing leaves out exactly what reading will infer again.
 */
public final class Inference {

    private Inference() {
    }

    /** Facts inferred for the entries under a chain of headings. */
    public record Facts(Optional<Kind> kind, List<Language> languages, Optional<Modality> modality) {
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The facts for entries under these section titles, listed from the top level down: the nearest
     * heading that names a kind, a language or a modality wins.
     */
    public static Facts facts(List<String> titlesTopDown) {
        Optional<Kind> kind = Optional.empty();
        List<Language> languages = List.of();
        Optional<Modality> modality = Optional.empty();
        for (int i = titlesTopDown.size() - 1; i >= 0; i--) {
            String t = fold(titlesTopDown.get(i));
            if (kind.isEmpty()) {
                kind = kind(t);
            }
            if (languages.isEmpty()) {
                languages = languages(t);
            }
            if (modality.isEmpty()) {
                modality = modality(t);
            }
        }
        return new Facts(kind, languages, modality);
    }

    private static boolean has(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static Optional<Kind> kind(String t) {
        if (has(t, "知识图谱", "knowledge graph")) {
            return Optional.of(Kind.KNOWLEDGE_GRAPH);
        }
        if (has(t, "比赛", "竞赛", "competition", "challenge", "shared task")) {
            return Optional.of(Kind.COMPETITION);
        }
        if (has(t, "评测", "基准", "benchmark", "leaderboard", "evaluation")) {
            return Optional.of(Kind.BENCHMARK);
        }
        if (has(t, "数据集", "数据", "语料", "dataset", "data set", "corpus", "corpora")) {
            return Optional.of(Kind.DATASET);
        }
        if (has(t, "论文", "文章", "paper", "survey", "综述", "会议索引")) {
            return Optional.of(Kind.PAPER);
        }
        if (has(t, "模型", "model", "llm", "plm", "vlm", "mllm", "embedding", "bert")) {
            return Optional.of(Kind.MODEL);
        }
        if (has(t, "工具", "toolkit", "tool", "librar", "framework")) {
            return Optional.of(Kind.TOOLKIT);
        }
        if (has(t, "产品", "解决方案", "product", "application", "solution")) {
            return Optional.of(Kind.PRODUCT);
        }
        if (has(t, "blog", "博客")) {
            return Optional.of(Kind.BLOG);
        }
        if (has(t, "友情链接", "link", "awesome", "related list")) {
            return Optional.of(Kind.LINK_COLLECTION);
        }
        return Optional.empty();
    }

    static List<Language> languages(String t) {
        List<Language> out = new ArrayList<>();
        if (has(t, "多语言", "multilingual", "multi-lingual")) {
            out.add(Language.MULTILINGUAL);
            return out;
        }
        if (has(t, "中文", "chinese")) {
            out.add(Language.CHINESE);
        }
        if (has(t, "英文", "english")) {
            out.add(Language.ENGLISH);
        }
        return out;
    }

    static Optional<Modality> modality(String t) {
        if (has(t, "vlm", "mllm", "多模态", "multimodal", "multi-modal", "vision", "视觉", "图文")) {
            return Optional.of(Modality.VISION_LANGUAGE);
        }
        if (has(t, "llm", "plm", "nlp", "文本", "text")) {
            return Optional.of(Modality.TEXT);
        }
        return Optional.empty();
    }

    /**
     * The role of a link from its label as written or its table column: 论文地址, Paper or arXiv give
     * paper; 项目地址, Code or GitHub give code; Data gives data; Weight, 模型 or HF give weights;
     * Demo gives demo; 地址, Link, 官方地址 and an empty label give homepage; anything else other.
     */
    public static LinkRole role(String label) {
        String t = fold(label).strip();
        if (t.isEmpty()) {
            return LinkRole.HOMEPAGE;
        }
        if (has(t, "其他", "其它", "other", "解析", "解读", "blog", "博客")) {
            return LinkRole.OTHER;
        }
        if (has(t, "论文", "paper", "arxiv")) {
            return LinkRole.PAPER;
        }
        if (has(t, "项目", "代码", "code", "源码", "repo")) {
            return LinkRole.CODE;
        }
        if (has(t, "weight", "权重", "模型", "model", "checkpoint") || t.equals("hf") || t.startsWith("hf ")) {
            return LinkRole.WEIGHTS;
        }
        if (has(t, "数据", "data")) {
            return LinkRole.DATA;
        }
        if (has(t, "demo", "体验", "演示")) {
            return LinkRole.DEMO;
        }
        if (has(t, "github")) {
            return has(t, "link", "链接", "地址") ? LinkRole.HOMEPAGE : LinkRole.CODE;
        }
        if (has(t, "地址", "link", "链接", "homepage", "website", "官网", "url", "source", "来源")) {
            return LinkRole.HOMEPAGE;
        }
        return LinkRole.OTHER;
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
