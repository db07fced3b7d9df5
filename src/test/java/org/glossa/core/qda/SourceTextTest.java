package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** REFI-QDA positions count code points of the file's text; Glossa counts UTF-16 units of normalised text. */
class SourceTextTest {

    /** The text between two REFI-QDA positions, as Glossa stores it. */
    private static String between(SourceText t, int start, int end) {
        return t.text().substring(t.offset(start), t.offset(end));
    }

    @Test
    void windowsLineEndsBecomeOneLineFeedAndPositionsAfterThemStillFindTheirWords() {
        String raw = "first line\r\nsecond line\r\nthird";
        SourceText t = SourceText.of(raw);
        assertThat(t.text()).isEqualTo("first line\nsecond line\nthird");
        int start = raw.indexOf("third"); // every character here is one code point
        assertThat(between(t, start, start + 5)).isEqualTo("third");
        assertThat(between(t, raw.indexOf("second"), raw.indexOf("second") + 6)).isEqualTo("second");
        assertThat(t.length()).isEqualTo(raw.length());
    }

    @Test
    void charactersBeyondTheBasicPlaneCountOnceInPositionsAndTwiceInGlossa() {
        String raw = "\uD83D\uDE00 smile \uD835\uDC00 bold A, then Zoë";
        SourceText t = SourceText.of(raw);
        int zoe = raw.codePointCount(0, raw.indexOf("Zoë"));
        assertThat(zoe).isEqualTo(raw.indexOf("Zoë") - 2);
        assertThat(between(t, zoe, zoe + 3)).isEqualTo("Zoë");
        assertThat(between(t, 0, 1)).isEqualTo("\uD83D\uDE00");
        assertThat(SourceText.position(t.text(), t.offset(zoe))).isEqualTo(zoe);
    }

    @Test
    void aByteOrderMarkIsNotACharacterOfTheText() {
        SourceText t = SourceText.of("\uFEFFabc def");
        assertThat(t.text()).isEqualTo("abc def");
        assertThat(between(t, 4, 7)).isEqualTo("def");
    }

    @Test
    void decomposedAccentsAreComposedAndPositionsAroundThemHold() {
        String raw = "Cafe\u0301 au lait\r\nnon sucre\u0301";
        SourceText t = SourceText.of(raw);
        assertThat(t.text()).isEqualTo("Café au lait\nnon sucré");
        assertThat(between(t, 0, 5)).isEqualTo("Café");
        int non = raw.indexOf("non");
        assertThat(between(t, non, raw.length())).isEqualTo("non sucré");
    }

    @Test
    void invisibleCharactersAreDroppedWithoutShiftingTheWordsAfterThem() {
        String raw = "soft\u00ADhyphen and zero\u200Bwidth, then end";
        SourceText t = SourceText.of(raw);
        int end = raw.indexOf("end");
        assertThat(between(t, end, end + 3)).isEqualTo("end");
        assertThat(t.text()).doesNotContain("\u00AD").doesNotContain("\u200B");
    }
}
