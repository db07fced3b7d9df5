package org.glossa.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts, read from the menus that bind them (and the second keys that
 * run the same item, such as Ctrl+Y for Redo), so the Keyboard shortcuts list cannot drift from
 * what the keys do.
 */
final class Shortcuts {
    /** One line of the list: the keys, and what they do. */
    record Shortcut(String keys, String action) {
    }

    /** A heading (a menu's title) and its shortcuts. */
    record Group(String title, List<Shortcut> shortcuts) {
    }

    private final Map<MenuItem, List<KeyCombination>> alsoBound = new LinkedHashMap<>();
    private final List<Group> extra = new ArrayList<>();

    /** Binds {@code keys} to {@code item} as well as its accelerator, once {@link #install} is called. */
    MenuItem alsoOn(MenuItem item, KeyCombination keys) {
        alsoBound.computeIfAbsent(item, i -> new ArrayList<>()).add(keys);
        return item;
    }

    /** A group of keys that no menu item carries (the reading pane's single keys). */
    void add(Group group) {
        extra.add(group);
    }

    /** Puts the second keys on the scene: they run their menu item while it is enabled. */
    void install(Scene scene) {
        alsoBound.forEach((item, keys) -> keys.forEach(k -> scene.getAccelerators().put(k, () -> {
            if (!item.isDisable()) {
                item.fire();
            }
        })));
    }

    /** The groups to show: the single-key groups first, then one per menu, in menu order. */
    List<Group> groups(MenuBar bar) {
        List<Group> groups = new ArrayList<>(extra);
        for (Menu menu : bar.getMenus()) {
            List<Shortcut> lines = new ArrayList<>();
            collect(menu, lines);
            if (!lines.isEmpty()) {
                groups.add(new Group(plain(menu.getText()), lines));
            }
        }
        return groups;
    }

    private void collect(Menu menu, List<Shortcut> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, lines);
                continue;
            }
            List<String> keys = new ArrayList<>();
            if (item.getAccelerator() != null) {
                keys.add(item.getAccelerator().getDisplayText());
            }
            alsoBound.getOrDefault(item, List.of()).forEach(k -> keys.add(k.getDisplayText()));
            if (!keys.isEmpty()) {
                lines.add(new Shortcut(String.join(" or ", keys), plain(item.getText())));
            }
        }
    }

    /** A menu label without its mnemonic mark and trailing ellipsis. */
    static String plain(String label) {
        return label.replace("_", "").replace("\u2026", "").strip();
    }
}
