package org.glossa.core.importing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever bytes arrive, importing either succeeds or fails with an ImportException: never an
 * unexpected exception from a parser deep inside.
 */
class ImportersPropertyTest {
    private static final List<byte[]> SAMPLES = List.of(Samples.text(), Samples.markdown(), Samples.html(),
            Samples.epub(), Samples.pdf());
    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.html", "a.epub", "a.pdf", "");

    @Property(tries = 300)
    void randomBytesImportOrFailWithImportException(@ForAll("randomBytes") byte[] bytes, @ForAll("names") String name) {
        readOrImportException(bytes, name);
    }

    @Property(tries = 400)
    void mutatedSamplesImportOrFailWithImportException(@ForAll("mutatedSamples") byte[] bytes, @ForAll("names") String name) {
        readOrImportException(bytes, name);
    }

    private static void readOrImportException(byte[] bytes, String name) {
        try {
            new Importers().read(bytes, name);
        } catch (ImportException expected) {
            // the one allowed failure; any other exception fails the property
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        // a real magic number in front of random bytes reaches the EPUB and PDF parsers
        Arbitrary<byte[]> withMagic = Combinators.combine(Arbitraries.of("PK\u0003\u0004", "%PDF-1.7\n", "<html>", "# "),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4096)).as((magic, rest) -> {
            byte[] m = magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] out = new byte[m.length + rest.length];
            System.arraycopy(m, 0, out, 0, m.length);
            System.arraycopy(rest, 0, out, m.length, rest.length);
            return out;
        });
        return Arbitraries.oneOf(any, withMagic);
    }

    @Provide
    Arbitrary<byte[]> mutatedSamples() {
        Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Byte>>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().greaterOrEqual(0), Arbitraries.bytes())
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(sample, edits).as(ImportersPropertyTest::mutate);
    }

    /** Flips, deletes or inserts bytes, or truncates: the damage real files suffer. */
    private static byte[] mutate(byte[] original, List<Tuple.Tuple3<Integer, Integer, Byte>> edits) {
        byte[] b = original.clone();
        for (var edit : edits) {
            if (b.length == 0) {
                break;
            }
            int at = edit.get2() % b.length;
            switch (edit.get1()) {
                case 0 -> b[at] = edit.get3();
                case 1 -> b = java.util.Arrays.copyOf(b, Math.max(1, at)); // truncate
                default -> {
                    byte[] grown = new byte[b.length + 1];
                    System.arraycopy(b, 0, grown, 0, at);
                    grown[at] = edit.get3();
                    System.arraycopy(b, at, grown, at + 1, b.length - at);
                    b = grown;
                }
            }
        }
        return b;
    }
}
