package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Words;

/** The kind of data an entry works with. */
public enum Modality {
    /** Text only: clinical notes, dialogues, questions and answers. */
    TEXT("文本", "nlp", "llm"),
    /** Images paired with text: medical VLM data sets and models. */
    VISION_LANGUAGE("vlm", "视觉语言", "图文", "vision language", "multimodal llm"),
    /** Images only, e.g. radiology scans. */
    IMAGE("图像", "影像", "images", "vision"),
    /** Speech or other audio. */
    SPEECH("语音", "audio"),
    /** Video. */
    VIDEO("视频", "videos"),
    /** Several modalities at once beyond vision and language. */
    MULTIMODAL("多模态", "multi-modal");

    private final String[] synonyms;

    Modality(String... synonyms) {
        this.synonyms = synonyms;
    }

    /** The lower-case word of this modality, e.g. {@code vision-language}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The modality named by {@code text}: its word, its constant name, or a synonym such as
     * {@code VLM} or {@code 多模态}.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no modality
     */
    public static Modality parse(String text) {
        return Words.parse(values(), m -> m.synonyms, text, "modality");
    }

    @Override
    public String toString() {
        return word();
    }
}
