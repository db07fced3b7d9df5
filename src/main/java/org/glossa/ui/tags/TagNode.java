package org.glossa.ui.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.organize.TagHierarchy;
import org.glossa.core.store.TagRepository.TagCount;

/**
 * One level of the tag tree: {@code name} is the full name ({@code claim/economic}), {@code segment}
 * its own level ({@code economic}); {@code count} counts the annotations carrying it or anything
 * under it, once each. {@code tagged} is false for a level that exists only as the start of longer names.
 */
public record TagNode(String name, String segment, String color, int count, boolean tagged, List<TagNode> children) {
    private static final Comparator<TagNode> BY_SEGMENT = Comparator
            .comparing((TagNode n) -> n.segment().toLowerCase(Locale.ROOT)).thenComparing(TagNode::segment);

    /** The tree of {@code tags}, with the rolled-up counts (keyed in lower case), each level sorted by name. */
    public static List<TagNode> tree(List<TagCount> tags, Map<String, Integer> rolledUp) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Builder root = new Builder("", null);
        for (TagCount t : tags) {
            Builder b = level(byKey, root, t.name(), rolledUp);
            b.color = t.color();
            b.tagged = true;
        }
        return root.build().children();
    }

    private static Builder level(Map<String, Builder> byKey, Builder root, String name, Map<String, Integer> rolledUp) {
        String key = name.toLowerCase(Locale.ROOT);
        Builder found = byKey.get(key);
        if (found != null) {
            return found;
        }
        String parent = TagHierarchy.parent(name);
        Builder above = parent.isEmpty() ? root : level(byKey, root, parent, rolledUp);
        Builder b = new Builder(name, rolledUp.getOrDefault(key, 0));
        above.children.add(b);
        byKey.put(key, b);
        return b;
    }

    private static final class Builder {
        final String name;
        final Integer count;
        final List<Builder> children = new ArrayList<>();
        String color;
        boolean tagged;

        Builder(String name, Integer count) {
            this.name = name;
            this.count = count;
        }

        TagNode build() {
            List<TagNode> kids = new ArrayList<>(children.stream().map(Builder::build).toList());
            kids.sort(BY_SEGMENT);
            return new TagNode(name, TagHierarchy.leaf(name), color, count == null ? 0 : count, tagged, List.copyOf(kids));
        }
    }
}
