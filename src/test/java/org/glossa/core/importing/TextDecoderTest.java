package org.glossa.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "Zo\u00eb says \u201chi\u201d \u2014 \u041c\u043e\u0441\u043a\u0432\u0430";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8WithoutBomIsRead() throws ImportException {
        assertThat(TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8))).isEqualTo(SAMPLE);
    }

    @Test
    void utf8WithBomIsReadWithoutTheBom() throws ImportException {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(withBom)).isEqualTo(SAMPLE);
    }

    @Test
    void utf16WithEitherBomIsRead() throws ImportException {
        assertThat(TextDecoder.decode(concat(bytes(0xFF, 0xFE), SAMPLE.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(SAMPLE);
        assertThat(TextDecoder.decode(concat(bytes(0xFE, 0xFF), SAMPLE.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(SAMPLE);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() throws ImportException {
        byte[] smartQuotes = concat("He said ".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 'h', 'i', 0x94, ' ', 0x97,
                ' ', 'c', 'a', 'f', 0xE9));
        assertThat(TextDecoder.decode(smartQuotes)).isEqualTo("He said \u201chi\u201d \u2014 caf\u00e9");
    }

    @Test
    void aFileThatClaimsUtf8ButIsNotIsRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0xFF, 'b')))
                .isInstanceOf(ImportException.class).hasMessageContaining("UTF-8");
    }
}
