package consumer;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.List;

/** A user's code on the module path: the Chinese QA data sets of the bundled catalogue. */
public final class ChineseQa {

    private ChineseQa() {
    }

    public static List<String> names() {
        return MedicalNlp.catalogue().query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list()
                .stream().map(Match::name).toList();
    }
}
