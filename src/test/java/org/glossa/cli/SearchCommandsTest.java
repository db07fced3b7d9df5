package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, claims, collection and tags through the real command line. */
class SearchCommandsTest {
    @TempDir
    Path dir;
    Path library;
    String out;
    String err;

    private int glossa(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = GlossaCli.run(all, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void importTwoArticles() throws Exception {
        library = dir.resolve("lib.sqlite");
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Orchards of Zoë\n\nQuinces ripen late in the autumn orchard.\n\nPears come first.\n",
                StandardCharsets.UTF_8);
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "Moscow notes\n\nМосква встретила нас дождём.\n", StandardCharsets.UTF_8);
        assertThat(glossa("import", a.toString(), b.toString())).isZero();
    }

    private long id(String titlePart) throws Exception {
        glossa("list", "--json");
        for (JsonNode n : new ObjectMapper().readTree(out)) {
            if (n.get("title").asText().contains(titlePart)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no document " + titlePart);
    }

    @Test
    void searchWorksOnAReadOnlyLibraryAndLeavesTheFileAsItWas() throws Exception {
        // a document imported and annotated after the last search: nothing has searched for it yet
        Path c = dir.resolve("c.txt");
        Files.writeString(c, "Medlars\n\nThe medlar is eaten bletted, after the first frost.\n", StandardCharsets.UTF_8);
        assertThat(glossa("import", c.toString())).isZero();
        assertThat(glossa("annotate", Long.toString(id("Medlars")), "--quote", "frost", "--note", "wintry fruit"))
                .as(err).isZero();
        byte[] before = Files.readAllBytes(library);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(library);
        Files.setPosixFilePermissions(library, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThat(glossa("search", "medlar")).as(err).isZero();
            assertThat(out.strip()).isEqualTo(id("Medlars") + "\tMedlars\tThe «medlar» is eaten bletted, after the first frost.");
            assertThat(glossa("search", "wintry")).as(err).isZero();
            assertThat(out).contains("[annotation ");
            assertThat(err).isEmpty();
            assertThat(Files.readAllBytes(library)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(library)).isEqualTo(modified);
        } finally {
            Files.setPosixFilePermissions(library, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void searchPrintsTheDocumentTheTitleAndTheHitInGuillemets() throws Exception {
        assertThat(glossa("search", "quince*")).isZero();
        assertThat(out.strip()).isEqualTo(id("Orchards") + "\tOrchards of Zoë\t«Quinces» ripen late in the autumn orchard.");
        assertThat(glossa("search", "москва")).isZero();
        assertThat(out).contains("«Москва»");
    }

    @Test
    void searchJsonGivesOffsetsIntoTheTextCommandsOutput() throws Exception {
        assertThat(glossa("search", "autumn", "orchard", "--json")).isZero();
        JsonNode hit = new ObjectMapper().readTree(out).get(0);
        long doc = hit.get("document").asLong();
        glossa("text", Long.toString(doc));
        assertThat(out.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo("autumn");
        assertThat(hit.get("kind").asText()).isEqualTo("text");
    }

    @Test
    void aHostileQueryIsNotAnError() {
        assertThat(glossa("search", "\"(unbalanced AND")).isZero();
        assertThat(err).isEmpty();
    }

    @Test
    void anUnknownCollectionInAQueryIsOneClearLine() {
        assertThat(glossa("search", "in:nowhere", "pears")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("glossa: There is no collection named 'nowhere'.");
    }

    @Test
    void claimsAreListedFilteredAndExportedAsCsv() throws Exception {
        long orchards = id("Orchards");
        assertThat(glossa("annotate", Long.toString(orchards), "--quote", "Quinces ripen", "--note", "=cmd()",
                "--tag", "claim/fruit")).isZero();
        assertThat(glossa("annotate", Long.toString(orchards), "--quote", "Pears", "--tag", "evidence")).isZero();
        assertThat(glossa("claims", "tag:claim")).isZero();
        assertThat(out.lines()).singleElement().asString().contains("“Quinces ripen”").contains("claim/fruit");
        Path csv = dir.resolve("out.csv");
        assertThat(glossa("claims", "--csv", csv.toString())).isZero();
        assertThat(out).contains("2 rows written");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdocument_id,").contains("'=cmd()");
        assertThat(glossa("claims", "--json", "note:cmd")).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(1);
    }

    @Test
    void collectionsAreCreatedFilledListedAndUsedAsAFilter() throws Exception {
        long moscow = id("Moscow");
        assertThat(glossa("collection", "create", "Russia reading")).isZero();
        assertThat(glossa("collection", "add", "russia reading", Long.toString(moscow))).isZero();
        assertThat(out).contains("1 document added");
        assertThat(glossa("collection", "list")).isZero();
        assertThat(out.strip()).endsWith("Russia reading\t1 document");
        assertThat(glossa("search", "in:\"Russia reading\"", "дождём")).isZero();
        assertThat(out.lines()).hasSize(1);
        assertThat(glossa("search", "in:\"Russia reading\"", "pears")).isZero();
        assertThat(out).isEmpty();
        assertThat(glossa("collection", "remove", "Russia reading", Long.toString(moscow))).isZero();
        assertThat(glossa("collection", "show", "Russia reading")).isZero();
        assertThat(out).isEmpty();
    }

    @Test
    void collectionUsageErrorsExitWithTwo() {
        assertThat(glossa("collection", "frobnicate")).isEqualTo(2);
        assertThat(glossa("collection", "add", "x")).isEqualTo(2);
    }

    @Test
    void tagsPrintsCountsAndAMatrix() throws Exception {
        long orchards = id("Orchards");
        glossa("annotate", Long.toString(orchards), "--quote", "Quinces", "--tag", "claim");
        glossa("annotate", Long.toString(orchards), "--quote", "Pears", "--tag", "claim");
        assertThat(glossa("tags")).isZero();
        assertThat(out.strip()).isEqualTo("2\tclaim");
        assertThat(glossa("tags", "--matrix")).isZero();
        assertThat(out.lines()).containsExactly("tag\t" + orchards + " Orchards of Zoë", "claim\t2");
    }
}
