package org.glossa;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test under another system locale and puts the JVM's default back afterwards:
 * {@code @RegisterExtension final DefaultLocale locale = new DefaultLocale();} then {@code locale.set(...)}.
 */
public final class DefaultLocale implements BeforeEachCallback, AfterEachCallback {
    public static final Locale TURKISH = new Locale("tr", "TR");
    /** Thai, written with Thai digits: a format that is not told Locale.ROOT prints ๐๐๑, not 001. */
    public static final Locale THAI_DIGITS = Locale.forLanguageTag("th-TH-u-nu-thai");

    private Locale before;

    @Override
    public void beforeEach(ExtensionContext context) {
        before = Locale.getDefault();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(before);
    }

    public void set(Locale locale) {
        Locale.setDefault(locale);
    }
}
