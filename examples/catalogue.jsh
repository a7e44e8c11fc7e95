// JShell start-up script of Medical NLP Catalogue: the public API imported, the bundled catalogue bound.
//   mvn -B -q package -DskipTests
//   jshell --class-path examples/target/medical-nlp.jar examples/catalogue.jsh
import io.github.medicalnlp.catalogue.*
import io.github.medicalnlp.catalogue.query.*
import io.github.medicalnlp.catalogue.table.*
import io.github.medicalnlp.catalogue.flat.Column
import io.github.medicalnlp.catalogue.diff.*
import io.github.medicalnlp.catalogue.markdown.*
import io.github.medicalnlp.catalogue.json.*
import io.github.medicalnlp.catalogue.bundled.MedicalNlp
import java.nio.file.Path
var catalogue = MedicalNlp.catalogue()
System.out.println("catalogue: " + catalogue.title() + ", " + catalogue.entryCount() + " entries. Try catalogue.query().kind(Kind.DATASET).language(\"zh\").table()")
