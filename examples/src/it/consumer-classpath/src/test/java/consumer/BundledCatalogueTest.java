package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import org.junit.jupiter.api.Test;

class BundledCatalogueTest {

    @Test
    void queriesTheBundledCatalogueOnTheClassPath() {
        assertFalse(MedicalNlp.class.getModule().isNamed(), "the library is on the class path");
        Catalogue catalogue = MedicalNlp.catalogue();
        assertEquals(118, catalogue.size());
        assertEquals(5, catalogue.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").count());
    }
}
