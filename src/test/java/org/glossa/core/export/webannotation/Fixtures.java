package org.glossa.core.export.webannotation;

import java.util.List;
import java.util.Map;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;

/** Documents for interchange tests, built directly so that their text is exactly what is given. */
final class Fixtures {
    /** Astral characters (emoji, a CJK extension B ideograph, a Gothic letter) before the passages. */
    static final String ASTRAL_TEXT = "Notes 😀 on 𠀋 and 𐌰: the quick brown fox jumps over the lazy dog. 🦊🐶\n"
            + "A second paragraph, with Москва and Zoë, ends here.\n";

    private Fixtures() {
    }

    static ImportedDocument document(String title, String source, String text) {
        return new ImportedDocument(title, null, source, "text", "en", null,
                new DocumentContent(text, List.of(), List.of()), Map.of());
    }
}
