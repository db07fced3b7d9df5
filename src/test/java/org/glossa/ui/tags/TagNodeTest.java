package org.glossa.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.core.organize.TagHierarchy;
import org.glossa.core.store.TagRepository.TagCount;
import org.junit.jupiter.api.Test;

/** The Tags dialog's tree, built without a window: levels, names, sorting and rolled-up counts. */
class TagNodeTest {
    @Test
    void levelsNestUnderTheirParentsWithCountsRolledUpOncePerAnnotation() {
        // annotation 1 carries claim and claim/economic; 2 carries claim/economic/prices; 3 evidence/quote
        Map<String, Set<String>> byTag = Map.of(
                "claim", Set.of("a1"),
                "claim/economic", Set.of("a1"),
                "claim/economic/prices", Set.of("a2"),
                "Zeta", Set.of(),
                "evidence/quote", Set.of("a3"));
        List<TagCount> tags = List.of(new TagCount("claim", "red", 1), new TagCount("claim/economic", null, 1),
                new TagCount("claim/economic/prices", null, 1), new TagCount("evidence/quote", null, 1),
                new TagCount("Zeta", null, 0));

        List<TagNode> roots = TagNode.tree(tags, TagHierarchy.rolledUp(byTag));

        assertThat(roots).extracting(TagNode::segment).containsExactly("claim", "evidence", "Zeta");
        TagNode claim = roots.get(0);
        assertThat(claim.count()).isEqualTo(2);
        assertThat(claim.color()).isEqualTo("red");
        TagNode economic = claim.children().get(0);
        assertThat(economic.name()).isEqualTo("claim/economic");
        assertThat(economic.segment()).isEqualTo("economic");
        assertThat(economic.count()).isEqualTo(2);
        assertThat(economic.children()).extracting(TagNode::segment, TagNode::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prices", 1));
        TagNode evidence = roots.get(1);
        assertThat(evidence.tagged()).isFalse();
        assertThat(evidence.count()).isEqualTo(1);
        assertThat(evidence.children()).extracting(TagNode::name, TagNode::tagged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("evidence/quote", true));
        assertThat(roots.get(2).count()).isZero();
        assertThat(roots.get(2).children()).isEmpty();
    }

    @Test
    void levelsMeetIgnoringCase() {
        Map<String, Set<String>> byTag = Map.of("Claim", Set.of("a1"), "claim/x", Set.of("a2"));
        List<TagNode> roots = TagNode.tree(List.of(new TagCount("Claim", null, 1), new TagCount("claim/x", null, 1)),
                TagHierarchy.rolledUp(byTag));
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).segment()).isEqualTo("Claim");
        assertThat(roots.get(0).count()).isEqualTo(2);
        assertThat(roots.get(0).children()).extracting(TagNode::name).containsExactly("claim/x");
    }
}
