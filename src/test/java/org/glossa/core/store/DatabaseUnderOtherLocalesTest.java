package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glossa.DefaultLocale;
import org.glossa.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A library is made and opened the same way whatever the system's language and digits. */
class DatabaseUnderOtherLocalesTest {
    @RegisterExtension
    final DefaultLocale locale = new DefaultLocale();

    @TempDir
    Path dir;

    @Test
    void aTriggerWrittenInLowerCaseIsOneStatementUnderATurkishLocale() {
        locale.set(DefaultLocale.TURKISH);
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
        locale.set(DefaultLocale.THAI_DIGITS);
        try (Library library = Library.open(dir.resolve("library.sqlite"))) {
            assertThat(library.documents()).isNotNull();
        }
    }
}
