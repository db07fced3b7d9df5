package org.glossa.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab pane styles and lays out the content of every tab, shown or not. A tab deferred here
 * gets its content only when it is first selected, so hidden tabs cost the window's start
 * nothing.
 */
final class LazyTabs {
    private LazyTabs() {
    }

    /** Holds back the content of {@code tab} until it is selected (nothing to do if it is already). */
    static void deferContent(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) {
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
