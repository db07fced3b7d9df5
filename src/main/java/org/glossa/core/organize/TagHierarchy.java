package org.glossa.core.organize;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tag hierarchy that '/' in names makes: {@code claim/economic} sits under {@code claim}, whether
 * or not a tag named {@code claim} exists.
 */
public final class TagHierarchy {
    private TagHierarchy() {
    }

    /** The last level of a name: {@code economic} for {@code claim/economic}. */
    public static String leaf(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The name above, or an empty string for a top-level name. */
    public static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** Whether {@code name} is {@code ancestor} or sits anywhere under it (ignoring case). */
    public static boolean isWithin(String name, String ancestor) {
        String n = name.toLowerCase(Locale.ROOT);
        String a = ancestor.toLowerCase(Locale.ROOT);
        return n.equals(a) || n.startsWith(a + "/");
    }

    /**
     * For every tag and every level above one (keyed in lower case), the number of annotations
     * carrying it or anything under it; an annotation carrying a parent and its child counts once.
     */
    public static Map<String, Integer> rolledUp(Map<String, Set<String>> annotationsByTag) {
        Map<String, Set<String>> under = new LinkedHashMap<>();
        annotationsByTag.forEach((name, ids) -> {
            String key = name.toLowerCase(Locale.ROOT);
            while (!key.isEmpty()) {
                under.computeIfAbsent(key, k -> new HashSet<>()).addAll(ids);
                key = parent(key);
            }
        });
        Map<String, Integer> out = new LinkedHashMap<>();
        under.forEach((k, ids) -> out.put(k, ids.size()));
        return out;
    }
}
