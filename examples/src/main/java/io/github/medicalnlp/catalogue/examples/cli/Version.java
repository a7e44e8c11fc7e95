package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version the build wrote into {@code version.properties}. */
final class Version implements CommandLine.IVersionProvider {

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"medical-nlp " + version(), "JSON format " + JsonFormat.VERSION,
            "Java " + System.getProperty("java.version")};
    }
}
