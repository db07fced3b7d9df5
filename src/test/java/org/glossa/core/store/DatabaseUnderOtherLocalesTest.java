package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glossa.core.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library is made and opened the same way whatever the system's language and digits. */
class DatabaseUnderOtherLocalesTest {
    private final Locale before = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aTriggerWrittenInLowerCaseIsOneStatementUnderATurkishLocale() {
        Locale.setDefault(new Locale("tr", "TR"));
        List<String> statements = SqlScript.split("""
                create trigger note_changed after update of note on annotation begin
                  update annotation set modified = 1;
                end;
                select 1;
                """);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("create trigger").contains("modified = 1;").endsWith("end");
    }

    @Test
    void aNewLibraryOpensWhereNumbersAreWrittenInThaiDigits() {
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
        try (Library library = Library.open(dir.resolve("library.sqlite"))) {
            assertThat(library.documents()).isNotNull();
        }
    }
}
