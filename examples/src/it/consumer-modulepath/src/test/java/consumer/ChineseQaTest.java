package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseQaTest {

    @Test
    void queriesTheBundledCatalogueOnTheModulePath() {
        assertTrue(MedicalNlp.class.getModule().isNamed(), "the library is on the module path");
        assertEquals("io.github.medicalnlp.catalogue.json", MedicalNlp.class.getModule().getName());
        assertEquals(List.of("Huatuo-26M", "中文医疗对话数据集", "cMedQA2 (108K)", "Medical-Dialogue-System", "webMedQA"),
                ChineseQa.names());
    }
}
