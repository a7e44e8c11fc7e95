package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.json.internal.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The binary snapshot the build writes of the bundled catalogue: equal back, and damage is named. */
class SnapshotTest {

    private static byte[] write(Catalogue c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Snapshot.write(c, out);
        return out.toByteArray();
    }

    @Test
    void everyPartOfTheModelComesBackEqual() throws IOException {
        Catalogue c = Samples.full();
        assertThat(Snapshot.read(new ByteArrayInputStream(write(c)))).isEqualTo(c);
        Catalogue minimal = Catalogue.builder("t").build();
        assertThat(Snapshot.read(new ByteArrayInputStream(write(minimal)))).isEqualTo(minimal);
    }

    @Test
    void somethingElseIsRefusedByName() {
        assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream("{\"format\": 1}".getBytes())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a catalogue snapshot");
    }

    @Test
    void anotherLayoutVersionIsRefused() throws IOException {
        byte[] bytes = write(Samples.full());
        ByteBuffer.wrap(bytes).putInt(4, 99);
        assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("layout 99, not 2").hasMessageContaining("another version of the library");
    }

    @Test
    void aSnapshotCutShortAtAnyByteIsRefused() throws IOException {
        byte[] bytes = write(Samples.full());
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> Snapshot.read(new ByteArrayInputStream(cut))).as("cut at %d", n)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("bundled catalogue cannot be loaded");
        }
    }
}
