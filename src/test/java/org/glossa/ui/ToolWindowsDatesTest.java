package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in the library and claims tables: the user's locale, always a four-digit year. */
class ToolWindowsDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE", "fr-FR", "ru-RU", "ja-JP", "tr-TR"})
    void shortDatesKeepTheLocalesOrderWithAFourDigitYear(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String shown = ToolWindows.shortDateTime(locale).format(LocalDateTime.of(2026, 12, 2, 17, 6));
        assertThat(shown).contains("2026").contains("2").contains("06");
        assertThat(shown.replace("2026", "")).doesNotContain("26");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE"})
    void theDayAndMonthComeInTheLocalesOrder(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String shown = ToolWindows.shortDateTime(locale).format(LocalDateTime.of(2026, 3, 14, 9, 5));
        if (tag.equals("en-US")) {
            assertThat(shown).startsWith("3/14/2026");
        } else {
            assertThat(shown).startsWith("14.03.2026");
        }
    }
}
