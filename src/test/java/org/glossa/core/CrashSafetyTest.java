package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md: killing the app at any moment loses nothing it had acknowledged, and the file stays
 * valid. A child JVM annotates in a loop and reports each committed id; we SIGKILL it after a
 * random number of reports (so the kill lands at a random point of the next write), many times.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAnnotationReportedAsSavedSurvivesSigkillAndTheFileStaysValid() throws Exception {
        Path library = dir.resolve("crash.sqlite");
        Library.open(library).close();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            int wanted = 1 + random.nextInt(30);
            try (ChildJvm child = ChildJvm.start(AnnotateLoop.class, dir.resolve("child" + round + ".err"),
                    library.toString())) {
                for (int i = 0; i < wanted; i++) {
                    String id = child.readLine();
                    assertThat(id).as("round %d: the child ended early: %s", round, child.errors()).isNotNull();
                    acknowledged.add(id);
                }
                child.kill();
                // lines already in the pipe were printed after their commit too
                acknowledged.addAll(child.remainingLines());
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
        assertThat(integrityCheck(library)).as("seed %d", seed).isEqualTo("ok");
        try (Library lib = Library.open(library)) {
            Set<String> stored = new HashSet<>();
            for (Annotation a : lib.allAnnotations()) {
                stored.add(a.id());
            }
            assertThat(stored).as("seed %d", seed).containsAll(acknowledged);
            assertThat(lib.annotation(acknowledged.iterator().next()).tags()).containsExactly("crash/round");
        }
    }

    static String integrityCheck(Path library) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return String.join("\n", rows);
        }
    }
}
