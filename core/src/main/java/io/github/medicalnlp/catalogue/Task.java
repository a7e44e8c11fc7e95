package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Words;
import java.util.Optional;

/**
 * A task a resource serves: a closed vocabulary that maps to the ones the field already uses. The twelve
 * tasks of <a href="https://github.com/bigscience-workshop/biomedical">BigBIO</a> come first, then the
 * <a href="https://huggingface.co/tasks">Hugging Face</a> task categories that occur in the lists, then the
 * domain's own. Its {@link #id()} is the kebab-case word used in files ({@code question-answering});
 * {@link #parse} also accepts the BigBIO and Hugging Face names and common synonyms in English and
 * Chinese ({@code QA}, {@code NER}, {@code token-classification}, {@code 问答}).
 *
 * <p>Things that are not tasks are not here: a data source ({@code ehr}), a training method
 * ({@code instruction-tuning}), a benchmark format ({@code exam}) are tags, and a knowledge graph is a
 * {@link Kind}.
 */
public enum Task {
    /** Named entity recognition (BigBIO NER; Hugging Face token-classification). */
    NAMED_ENTITY_RECOGNITION("NER", "token-classification"),
    /** Relation extraction (BigBIO RE). */
    RELATION_EXTRACTION("RE", null),
    /** Event extraction (BigBIO EE). */
    EVENT_EXTRACTION("EE", null),
    /** Entity linking, also named entity disambiguation or term normalisation (BigBIO NED). */
    ENTITY_LINKING("NED", null),
    /** Coreference resolution (BigBIO COREF). */
    COREFERENCE_RESOLUTION("COREF", null),
    /** Question answering, including multiple-choice exam questions (BigBIO QA; Hugging Face question-answering). */
    QUESTION_ANSWERING("QA", "question-answering"),
    /** Textual entailment, natural language inference (BigBIO TE). */
    TEXTUAL_ENTAILMENT("TE", null),
    /** Semantic textual similarity (BigBIO STS; Hugging Face sentence-similarity). */
    SEMANTIC_SIMILARITY("STS", "sentence-similarity"),
    /** Paraphrasing (BigBIO PARA). */
    PARAPHRASING("PARA", null),
    /** Translation (BigBIO TRANSL; Hugging Face translation). */
    TRANSLATION("TRANSL", "translation"),
    /** Summarisation (BigBIO SUM; Hugging Face summarization). */
    SUMMARIZATION("SUM", "summarization"),
    /** Text classification (BigBIO TXTCLASS; Hugging Face text-classification). */
    TEXT_CLASSIFICATION("TXTCLASS", "text-classification"),
    /** Visual question answering (Hugging Face visual-question-answering). */
    VISUAL_QUESTION_ANSWERING(null, "visual-question-answering"),
    /** Text generation, such as a general medical language model's (Hugging Face text-generation). */
    TEXT_GENERATION(null, "text-generation"),
    /** Image classification (Hugging Face image-classification). */
    IMAGE_CLASSIFICATION(null, "image-classification"),
    /** Image segmentation (Hugging Face image-segmentation). */
    IMAGE_SEGMENTATION(null, "image-segmentation"),
    /** Dialogue: medical consultation between a patient and a doctor or a model. */
    DIALOGUE(null, null),
    /** Report generation, such as a radiology report from images or findings. */
    REPORT_GENERATION(null, null),
    /** Triage: which department or urgency a complaint belongs to. */
    TRIAGE(null, null),
    /** Diagnosis from symptoms, records or images. */
    DIAGNOSIS(null, null),
    /** Clinical coding, such as ICD codes for diagnoses and procedures. */
    CLINICAL_CODING(null, null),
    /** De-identification of clinical text. */
    DE_IDENTIFICATION(null, null),
    /** Word segmentation, for Chinese text. */
    WORD_SEGMENTATION(null, null),
    /** Retrieval: finding the documents or answers relevant to a query (Hugging Face text-retrieval). */
    RETRIEVAL(null, "text-retrieval"),
    /** Information extraction beyond entities and relations: attributes, structuring of records, mining. */
    INFORMATION_EXTRACTION(null, null),
    /** Medical reasoning: multi-step clinical reasoning, as studied for large language models. */
    MEDICAL_REASONING(null, null);

    private final String bigBio;
    private final String huggingFace;

    Task(String bigBio, String huggingFace) {
        this.bigBio = bigBio;
        this.huggingFace = huggingFace;
    }

    /** The kebab-case id used in files, e.g. {@code question-answering}. */
    public String id() {
        return Words.word(this);
    }

    /** BigBIO's abbreviation of this task (e.g. {@code QA}), if BigBIO has it. */
    public Optional<String> bigBioName() {
        return Optional.ofNullable(bigBio);
    }

    /** The Hugging Face task category of this task (e.g. {@code token-classification}), if there is one. */
    public Optional<String> huggingFaceName() {
        return Optional.ofNullable(huggingFace);
    }

    /**
     * The task named by {@code text}: its id, its constant name, its BigBIO or Hugging Face name, or a
     * synonym such as {@code QA}, {@code NER}, {@code summarisation} or {@code 问答}; case, width, spaces,
     * hyphens and underscores do not matter.
     *
     * @throws IllegalArgumentException listing the accepted ids when {@code text} names no task
     */
    public static Task parse(String text) {
        return Words.parse(values(), t -> Vocabularies.TASKS.names(t), text, "task");
    }

    /** The {@link #id()}. */
    @Override
    public String toString() {
        return id();
    }
}
