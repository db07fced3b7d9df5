package org.glossa.ui.annotations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.glossa.model.Annotation;

/**
 * The undo and redo stacks of annotation changes. Each change is the annotations it touched,
 * before and after; an annotation missing from one side was created or deleted.
 */
final class EditHistory {
    /** One change: its name for the status line and the annotations it touched, before and after. */
    record Edit(String label, List<Annotation> before, List<Annotation> after) {
        static Edit of(String label, Annotation before, Annotation after) {
            return new Edit(label, before == null ? List.of() : List.of(before),
                    after == null ? List.of() : List.of(after));
        }
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A new change: it can be undone, and nothing undone before can be redone any more. */
    void record(Edit e) {
        undo.push(e);
        redo.clear();
        update();
    }

    /** The change to undo, taken off its stack (null if none); {@link #undone} puts it on the redo stack. */
    Edit takeUndo() {
        return undo.poll();
    }

    Edit takeRedo() {
        return redo.poll();
    }

    void undone(Edit e) {
        redo.push(e);
        update();
    }

    void redone(Edit e) {
        undo.push(e);
        update();
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
