package org.glossa.ui.annotations;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.glossa.core.store.AnnotationSnapshot;

/**
 * The undo and redo stacks of annotation changes. Each change is the annotations it touched as
 * stored before and after it, with their links; an annotation missing from one side was created
 * or deleted. A change leaves its stack only once undoing or redoing it has been committed.
 */
final class EditHistory {
    /**
     * One change: its name for the status line and the annotations it touched, before and after.
     * A change of {@code linksOnly} changed nothing but the links between its two annotations.
     */
    record Edit(String label, AnnotationSnapshot before, AnnotationSnapshot after, boolean linksOnly) {
        Edit(String label, AnnotationSnapshot before, AnnotationSnapshot after) {
            this(label, before, after, false);
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

    /** The change to undo next, left on its stack (null if none); {@link #undone} moves it to the redo stack. */
    Edit nextUndo() {
        return undo.peek();
    }

    Edit nextRedo() {
        return redo.peek();
    }

    /** Undoing {@code e} was committed: it can be redone. */
    void undone(Edit e) {
        if (undo.removeFirstOccurrence(e)) {
            redo.push(e);
        }
        update();
    }

    /** Redoing {@code e} was committed: it can be undone again. */
    void redone(Edit e) {
        if (redo.removeFirstOccurrence(e)) {
            undo.push(e);
        }
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
