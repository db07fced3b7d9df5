package org.glossa.ui.preferences;

import java.util.Properties;
import org.glossa.core.Library;
import org.glossa.ui.SettingsStore;

/**
 * "Your name" for the window: kept in the config folder, so a login name ("root") no longer signs
 * annotations, claims and packets. GLOSSA_AUTHOR, when set, still wins, as on the command line.
 */
public final class AuthorName {
    private static final String SETTINGS = "profile";
    private static final String KEY = "author";

    private AuthorName() {
    }

    /** Signs the library's new annotations with the saved name (or GLOSSA_AUTHOR). */
    public static void apply(Library library, SettingsStore settings) {
        String env = System.getenv("GLOSSA_AUTHOR");
        library.useAuthor(env != null && !env.isBlank() ? env : settings.read(SETTINGS).getProperty(KEY));
    }

    /** Saves a new name and signs from now on with it. */
    public static void save(Library library, SettingsStore settings, String name) {
        Properties p = new Properties();
        p.setProperty(KEY, name.strip());
        settings.write(SETTINGS, p);
        library.useAuthor(name);
    }
}
