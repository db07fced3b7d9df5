package org.glossa.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossa.DefaultLocale;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reading pane's style classes are the stylesheet's names whatever language the system speaks. */
class ReaderStylesLocaleTest {
    @RegisterExtension
    final DefaultLocale locale = new DefaultLocale();

    @Test
    void italicsAndLinksKeepTheirStyleUnderATurkishLocale() {
        locale.set(DefaultLocale.TURKISH);
        String text = "Istanbul in italics and a link.";
        int italic = text.indexOf("italics");
        int link = text.indexOf("link");
        DocumentContent content = new DocumentContent(text,
                List.of(new Block(BlockKind.PARAGRAPH, 0, text.length(), 0)),
                List.of(new Mark(MarkKind.ITALIC, italic, italic + 7, null),
                        new Mark(MarkKind.LINK, link, link + 4, "https://example.org/")));

        List<ReaderStyles.Run> runs = new ReaderStyles().runs(content, List.of(), null, ReaderStyles.Overlay.NONE, 0,
                text.length());

        assertThat(runs).filteredOn(r -> r.start() == italic).singleElement()
                .extracting(ReaderStyles.Run::classes).asList().contains("m-italic");
        assertThat(runs).filteredOn(r -> r.start() == link).singleElement()
                .extracting(ReaderStyles.Run::classes).asList().contains("m-link");
    }
}
