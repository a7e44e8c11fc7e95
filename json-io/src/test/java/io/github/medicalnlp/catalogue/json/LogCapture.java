package io.github.medicalnlp.catalogue.json;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures the records a {@code java.util.logging} logger publishes while an action runs. */
final class LogCapture {

    private LogCapture() {
    }

    /** "LEVEL message" of every record of the logger {@code name} published while {@code action} ran. */
    static List<String> warnings(String name, Runnable action) {
        Logger logger = Logger.getLogger(name);
        List<String> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
