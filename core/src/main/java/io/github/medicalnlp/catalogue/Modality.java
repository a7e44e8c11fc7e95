package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Words;

/** The kind of data an entry works with. */
public enum Modality {
    /** Text only: clinical notes, dialogues, questions and answers. */
    TEXT,
    /** Images paired with text: medical VLM data sets and models. */
    VISION_LANGUAGE,
    /** Images only, e.g. radiology scans. */
    IMAGE,
    /** Speech or other audio. */
    SPEECH,
    /** Video. */
    VIDEO,
    /** Several modalities at once beyond vision and language. */
    MULTIMODAL;

    /** The lower-case word of this modality, e.g. {@code vision-language}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The modality named by {@code text}: its word, its constant name, or a synonym such as
     * {@code VLM} or {@code 多模态}. The same words give the modality of the entries under a section title
     * that holds them, except that there 多模态, multimodal and vision mean images with text
     * ({@link #VISION_LANGUAGE}), as they do in the lists' titles.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no modality
     */
    public static Modality parse(String text) {
        return Words.parse(values(), m -> Vocabularies.MODALITIES.names(m), text, "modality");
    }

    @Override
    public String toString() {
        return word();
    }
}
