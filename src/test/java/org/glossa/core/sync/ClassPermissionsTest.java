package org.glossa.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.packet.Packet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's own permissions on a class (the Apache rules the README gives): only the teacher
 * writes the packets, documents and manifest; each student writes only the layer files named
 * after their own login. Glossa's syncs work within them, and a student who bypasses Glossa
 * is refused by the server for anyone else's file.
 */
class ClassPermissionsTest {
    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    /** What the README tells a teacher to put in Apache's config (here for the collection /perm/). */
    static final String RULES = """
            <LocationMatch "^/perm/(manifest\\.json|documents/.|packets/.)">
              AuthMerging And
              <LimitExcept GET HEAD OPTIONS PROPFIND>
                Require user anna
              </LimitExcept>
            </LocationMatch>
            <LocationMatch "^/perm/annotations/[^/]+/(?<author>[^/]+)\\.jsonld$">
              AuthMerging And
              <LimitExcept GET HEAD OPTIONS PROPFIND>
                Require expr %{REMOTE_USER} == %{env:MATCH_AUTHOR}
              </LimitExcept>
            </LocationMatch>
            """;

    @RegisterExtension
    static final ApacheDav dav = ApacheDav.server(RULES);
    @TempDir
    Path dir;

    @Test
    void studentsWriteOnlyTheirOwnLayerAndGlossaSyncsWithinThat() throws Exception {
        URI url = dav.collection("perm");
        Sync.Passwords secret = r -> Optional.of(ApacheDav.PASSWORD);
        try (Device teacher = new Device(dir.resolve("teacher.sqlite"), "anna", T0);
             Device student = new Device(dir.resolve("student.sqlite"), "ben", T0)) {
            long doc = teacher.importSecond();
            teacher.highlight(doc, "committee", "Who sat on it?");
            Packet p = teacher.library.packets().create("Week 4", "");
            teacher.library.packets().setReadings(p.id(), List.of(doc));
            teacher.library.packets().setQuestions(p.id(), doc, List.of(new Packet.Question(0, "What was agreed?", "")));
            teacher.library.sync().publish(p.id(), teacher.library.sync().add("c", url.toString(), "anna", null), secret);

            SyncReport opened = student.library.sync().openClass("c", url.toString(), "ben", null, secret);
            assertThat(opened.documentsPulled()).isEqualTo(1);
            long here = student.documentTitled("Second reading");
            student.highlight(here, "agreed on nothing", "Nothing!");
            student.library.packets().answer(student.library.packets().list().get(0).id(), here, 1, "Nothing.");
            assertThat(student.sync(student.library.sync().remote("c"), new WebDavStore(url, "ben", ApacheDav.PASSWORD))
                    .pushed()).isEqualTo(1);
            assertThat(teacher.sync(teacher.library.sync().remote("c"), new WebDavStore(url, "anna", ApacheDav.PASSWORD))
                    .pulled()).isEqualTo(2);

            // bypassing Glossa: the teacher's files and packet are the teacher's on the server too
            WebDavStore ben = new WebDavStore(url, "ben", ApacheDav.PASSWORD);
            String hash = student.library.document(here).contentHash();
            String folder = Syncer.ANNOTATIONS + hash + "/";
            RemoteEntry teachers = ben.list(folder).orElseThrow().stream()
                    .filter(e -> e.name().equals(AuthorNames.fileName("anna"))).findFirst().orElseThrow();
            byte[] junk = "{}".getBytes(StandardCharsets.UTF_8);
            // Apache answers a failed "Require user" with 401 (so another login may be tried)
            assertThatThrownBy(() -> ben.put(teachers.path(), junk, teachers)).isInstanceOf(RemoteException.class)
                    .hasMessageContaining("(401)");
            String packet = ben.list(Syncer.PACKETS).orElseThrow().stream().filter(e -> !e.folder()).findFirst()
                    .orElseThrow().path();
            assertThatThrownBy(() -> ben.put(packet, junk, null)).isInstanceOf(RemoteException.class);
            assertThatThrownBy(() -> ben.put(Syncer.DOCUMENTS + "x.json", junk, null)).isInstanceOf(RemoteException.class);
            assertThatThrownBy(() -> ben.put(folder + AuthorNames.fileName("carla"), junk, null))
                    .isInstanceOf(RemoteException.class);
            assertThat(new String(ben.get(teachers.path()).orElseThrow(), StandardCharsets.UTF_8))
                    .contains("Who sat on it?");
        }
    }
}
