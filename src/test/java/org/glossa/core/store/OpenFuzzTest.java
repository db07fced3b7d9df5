package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.glossa.core.GlossaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database.open on mutated copies of a real library (byte flips, overwritten runs, truncation,
 * damage to the 100-byte header): it opens, or it throws GlossaException and leaves the file
 * byte for byte as it was. Bounded tries so CI stays fast; the seed is in every failure message
 * (rerun with -Dglossa.fuzz.seed=N).
 */
class OpenFuzzTest {
    private static final int TRIES = 200;

    @TempDir
    Path dir;

    @Test
    void aMutatedLibraryOpensOrFailsWithAGlossaExceptionAndIsNeverWrittenWhenItFails() throws Exception {
        byte[] original = Files.readAllBytes(LibraryFixtures.annotatedLibrary(dir));
        long seed = Long.getLong("glossa.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < TRIES; i++) {
            byte[] mutated = mutate(original, random);
            Path file = Files.createDirectory(dir.resolve("try" + i)).resolve("library.sqlite");
            Files.write(file, mutated);
            String where = "seed " + seed + ", try " + i;
            try {
                Database.open(file).close();
            } catch (GlossaException expected) {
                refused++;
                assertThat(Files.readAllBytes(file)).as("a refused file was changed (%s)", where).isEqualTo(mutated);
                assertThat(expected.getMessage()).as(where).doesNotContain("\n");
            } catch (RuntimeException | Error unexpected) {
                fail("Database.open threw " + unexpected + " (" + where + ")", unexpected);
            }
        }
        assertThat(refused).as("the mutations should damage most files (seed %d)", seed).isGreaterThan(TRIES / 4);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> { // scattered bit flips
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> { // a run of garbage, like a torn or misdirected write
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(2048));
                byte[] junk = new byte[len];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, b, at, len);
            }
            case 2 -> { // truncation anywhere, including inside the header
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            default -> { // the header decides how SQLite reads everything else
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    b[random.nextInt(100)] = (byte) random.nextInt(256);
                }
            }
        }
        return b;
    }
}
