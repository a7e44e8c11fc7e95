package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Words;
import java.util.Set;

/**
 * A kind of data an entry works with. An entry has a set of them ({@link Entry#modalities()}), as a Hugging
 * Face data set card lists its modalities: a vision-language data set is {@link #TEXT} and {@link #IMAGE};
 * "multimodal" is not a modality but any set of two or more ({@link Entry#isMultimodal()}). An entry whose
 * resource says nothing of its data (a product, a blog post, a survey) has none.
 */
public enum Modality {
    /** Text: clinical notes, dialogues, questions and answers, literature. */
    TEXT,
    /** Images: radiology, pathology, photographs (2D). */
    IMAGE,
    /** Video. */
    VIDEO,
    /** Speech or other audio. */
    AUDIO,
    /** Tables and structured records, such as the coded parts of an electronic health record. */
    TABULAR,
    /** Time series and signals: ECG, EEG, vital signs. */
    TIME_SERIES,
    /** Omics: genomic, proteomic and other molecular sequences. */
    OMICS,
    /** 3D volumes, such as CT and MRI scans taken as volumes. */
    VOLUME_3D;

    /** The lower-case word of this modality, e.g. {@code time-series}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The modality named by {@code text}: its word, its constant name, or a synonym such as {@code 文本},
     * {@code speech} or {@code CT volume}.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no modality
     */
    public static Modality parse(String text) {
        return Words.parse(values(), m -> Vocabularies.MODALITIES.names(Set.of(m)), text, "modality");
    }

    /**
     * The modalities named by {@code text}: those of a word that names several, such as {@code vision-language},
     * {@code VLM} or {@code multimodal} (text and image: how the lists and the JSON format before 1.2 use
     * them), else the one {@link #parse} gives.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no modality
     */
    public static Set<Modality> parseAll(String text) {
        return Vocabularies.MODALITIES.named(text).orElseGet(() -> Set.of(parse(text)));
    }

    @Override
    public String toString() {
        return word();
    }
}
