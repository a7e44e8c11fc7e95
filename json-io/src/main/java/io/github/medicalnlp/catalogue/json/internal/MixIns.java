package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;

/** Jackson mix-ins: the model's vocabularies as their lower-case words, with no annotation in core. */
public final class MixIns {

    private MixIns() {
    }

    /** {@link Kind} as its word. */
    public abstract static class KindMixIn {
        @JsonValue
        abstract String word();

        @JsonCreator
        static Kind parse(String text) {
            return Kind.parse(text);
        }
    }

    /** {@link LinkRole} as its word. */
    public abstract static class LinkRoleMixIn {
        @JsonValue
        abstract String word();

        @JsonCreator
        static LinkRole parse(String text) {
            return LinkRole.parse(text);
        }
    }

    /** {@link Modality} as its word. */
    public abstract static class ModalityMixIn {
        @JsonValue
        abstract String word();

        @JsonCreator
        static Modality parse(String text) {
            return Modality.parse(text);
        }
    }

    /** {@link Task} as its id; read from its id, BigBIO or Hugging Face name, or a synonym. */
    public abstract static class TaskMixIn {
        @JsonValue
        abstract String id();

        @JsonCreator
        static Task parse(String text) {
            return Task.parse(text);
        }
    }

    /** {@link Language} as its code. */
    public abstract static class LanguageMixIn {
        @JsonValue
        abstract String code();

        @JsonCreator
        static Language of(String code) {
            return Language.of(code);
        }
    }
}
