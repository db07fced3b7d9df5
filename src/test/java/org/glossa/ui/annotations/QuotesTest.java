package org.glossa.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the sidebar puts a quote in quotation marks. */
class QuotesTest {
    @Test
    void aQuoteThatStartsOrEndsWithQuotationMarksGetsOnePairNotTwo() {
        assertThat(Quotes.quoted("\u201cIn their way\u2026\u201d")).isEqualTo("\u201cIn their way\u2026\u201d");
        assertThat(Quotes.quoted("\u201cIn their way")).isEqualTo("\u201cIn their way\u201d");
        assertThat(Quotes.quoted("\"plain\"")).isEqualTo("\u201cplain\u201d");
        assertThat(Quotes.quoted("\u00abRusse\u00bb, said")).isEqualTo("\u201cRusse\u00bb, said\u201d");
        assertThat(Quotes.quoted("no marks")).isEqualTo("\u201cno marks\u201d");
    }
}
