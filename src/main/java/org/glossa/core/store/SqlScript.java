package org.glossa.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a migration script into statements; understands comments, quotes and trigger bodies. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quote = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!quote && (trimmed.startsWith("--") || trimmed.isEmpty())) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                current.append(c);
                if (c == '\'') {
                    quote = !quote;
                } else if (!quote && c == ';' && depth == 0) {
                    add(out, current);
                }
            }
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (!quote && (upper.endsWith(" BEGIN") || upper.equals("BEGIN"))) {
                depth++;
            }
            if (!quote && (upper.startsWith("END;") || upper.equals("END")) && depth > 0) {
                depth--;
                if (depth == 0) {
                    add(out, current);
                }
            }
            current.append('\n');
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
