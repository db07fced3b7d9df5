package org.glossa.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the program was started with, read once for both front ends: the library option
 * ({@code --library FILE}, {@code --library=FILE}, {@code -l FILE}, {@code -l=FILE},
 * {@code -lFILE}), the things the window opens (.glossa bundles and glossa: links) and anything
 * else (a command and its arguments). With nothing else, the window opens.
 */
public record LaunchArguments(Optional<Path> library, List<String> toOpen, List<String> rest) {

    public static LaunchArguments parse(List<String> args) {
        Path library = null;
        List<String> toOpen = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            if (a.equals("--library") || a.equals("-l")) {
                // its value is the library, whatever its name
                value = i + 1 < args.size() ? args.get(++i) : null;
            } else if (a.startsWith("--library=")) {
                value = a.substring("--library=".length());
            } else if (a.startsWith("-l")) {
                value = a.substring(a.startsWith("-l=") ? 3 : 2);
            } else if (a.startsWith("glossa:") || a.toLowerCase(Locale.ROOT).endsWith(".glossa")) {
                toOpen.add(a);
                continue;
            } else {
                rest.add(a);
                continue;
            }
            if (library == null && value != null) {
                library = Path.of(value);
            }
        }
        return new LaunchArguments(Optional.ofNullable(library), List.copyOf(toOpen), List.copyOf(rest));
    }

    /** No command: only the library option and things to open. */
    public boolean wantsWindow() {
        return rest.isEmpty();
    }
}
