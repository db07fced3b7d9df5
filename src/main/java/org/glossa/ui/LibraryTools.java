package org.glossa.ui;

import static org.glossa.ui.MenuItems.item;
import static org.glossa.ui.MenuItems.shortcut;
import static org.glossa.ui.MenuItems.shortcutShift;

import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.glossa.core.Library;
import org.glossa.core.search.SearchHit;
import org.glossa.ui.annotations.AnnotationSidebar;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.claims.ClaimsViewModel;
import org.glossa.ui.claims.ClaimsWindow;
import org.glossa.ui.library.DocumentsViewModel;
import org.glossa.ui.library.LibraryTableViewModel;
import org.glossa.ui.library.LibraryWindow;
import org.glossa.ui.links.LinksView;
import org.glossa.ui.links.LinksViewModel;
import org.glossa.ui.reader.ReaderView;
import org.glossa.ui.search.SearchPanel;
import org.glossa.ui.search.SearchViewModel;
import org.glossa.ui.tagmap.TagMapViewModel;
import org.glossa.ui.tagmap.TagMapWindow;

/**
 * The analyst's tools wired into the main window: library table, library search, claims table
 * and tag overview. Kept out of {@link MainWindow}, which only places it.
 * The search panel is a tab of the left pane (like an editor's search sidebar: results stay
 * beside the text while one reads them); the tables are windows of their own, because their
 * columns need the width and an analyst keeps them open next to the reader.
 */
public final class LibraryTools {
    private static final String SYNTAX = SearchPanel.SYNTAX;
    private static final double SEARCH_WIDTH = 300;

    private final Stage stage;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final DocumentsViewModel documents;
    private final Passages passages;
    private final AnnotationsViewModel annotations;
    private final TabPane leftPane;
    private final SearchViewModel searchModel;
    private final SearchPanel searchPanel;
    private final Tab searchTab;
    private final LibraryTableViewModel tableModel;
    private LibraryWindow libraryWindow;
    private ClaimsWindow claimsWindow;
    private TagMapWindow tagMapWindow;
    private org.glossa.ui.agreement.AgreementWindow agreementWindow;
    private org.glossa.ui.memo.MemoWindow memoWindow;
    private final ReaderView reader;
    private Runnable onOpenDocumentDeleted = () -> { };

    public LibraryTools(Stage stage, Library library, Background background, StatusLine status,
                        DocumentsViewModel documents, AnnotationsViewModel annotations, ReaderView reader,
                        TabPane leftPane) {
        this.stage = stage;
        this.library = library;
        this.background = background;
        this.status = status;
        this.documents = documents;
        this.leftPane = leftPane;
        this.annotations = annotations;
        this.reader = reader;
        passages = new Passages(documents, annotations, reader);
        searchModel = new SearchViewModel(library, background);
        searchPanel = new SearchPanel(searchModel, this::openHit, this::closeSearch);
        searchTab = new Tab("Search", searchPanel.node());
        searchTab.setId("search-tab");
        searchTab.setClosable(false);
        leftPane.getTabs().add(searchTab);
        LazyTabs.deferContent(searchTab);
        // room for the three tab headers, so "Search" is not hidden behind the overflow menu
        leftPane.setMinWidth(Math.max(leftPane.getMinWidth(), 215));
        tableModel = new LibraryTableViewModel(library, background, status, documents::refresh);
        // a document deleted from the table must not stay open in the reader
        documents.documents().addListener((javafx.collections.ListChangeListener<org.glossa.model.DocumentInfo>) c -> {
            if (reader.document() != null
                    && documents.documents().stream().noneMatch(d -> d.id() == reader.document().id())) {
                onOpenDocumentDeleted.run();
            }
        });
        // the table follows what the reading window changes (imports, annotation counts)
        documents.documents().addListener((javafx.collections.ListChangeListener<org.glossa.model.DocumentInfo>) c -> {
            if (libraryWindow != null && libraryWindow.stage().isShowing()) {
                tableModel.refresh();
            }
        });
    }

    /** What to do when the open document is deleted from the library table (close it). */
    public void setOnOpenDocumentDeleted(Runnable action) {
        onOpenDocumentDeleted = action;
    }

    /** Puts the links of the selected annotation (and "Link to…") into the sidebar's editor. */
    public void addLinksTo(AnnotationSidebar sidebar) {
        LinksViewModel links = new LinksViewModel(library, background, status, annotations::changeLinks);
        LinksView view = new LinksView(links, l -> passages.show(l.otherDocumentId(), 0, 0, l.otherId()),
                () -> stage);
        sidebar.addEditorSection(view.node());
        annotations.selectedProperty().addListener((obs, old, a) -> {
            if (a == null || old == null || !a.id().equals(old.id())) {
                links.show(a == null ? null : a.id());
            }
        });
        // undo and redo (of a link, or of a deleted annotation's links) show in the Links box
        annotations.replaysProperty().addListener((obs, old, now) -> links.show(links.annotationId()));
    }

    /** Adds the tools to the Library menu. */
    public void addMenuItems(Menu libraryMenu) {
        libraryMenu.getItems().addAll(0, java.util.List.of(
                item("Show _library\u2026", shortcut(KeyCode.L), this::showLibrary),
                item("_Search library\u2026", shortcutShift(KeyCode.F), this::showSearch),
                item("_Claims table\u2026", shortcutShift(KeyCode.C), this::showClaims),
                item("Tag _overview\u2026", shortcutShift(KeyCode.T), this::showTagMap),
                new SeparatorMenuItem()));
    }

    public SearchPanel searchPanel() {
        return searchPanel;
    }

    public LibraryTableViewModel libraryTableModel() {
        return tableModel;
    }

    public LibraryWindow libraryWindow() {
        return libraryWindow;
    }

    public ClaimsWindow claimsWindow() {
        return claimsWindow;
    }

    public TagMapWindow tagMapWindow() {
        return tagMapWindow;
    }

    public org.glossa.ui.agreement.AgreementWindow agreementWindow() {
        return agreementWindow;
    }

    public org.glossa.ui.memo.MemoWindow memoWindow() {
        return memoWindow;
    }

    /**
     * The memo window with {@code target}'s memo in the editor (null: the list only): Library >
     * Project memo, Memo on this document, Memos, and a tag's memo from the Tags dialog.
     */
    public void showMemo(org.glossa.model.MemoTarget target) {
        if (memoWindow == null) {
            memoWindow = new org.glossa.ui.memo.MemoWindow(stage,
                    new org.glossa.ui.memo.MemosViewModel(library, background, status));
        }
        memoWindow.show(target);
    }

    /** The open document's memo; says so when no document is open. */
    public void showDocumentMemo() {
        if (reader.document() == null) {
            status.info("Open a document first: its memo is about it.");
            return;
        }
        showMemo(org.glossa.model.MemoTarget.document(reader.document().id()));
    }

    /** Saves what is typed in the memo window and not saved yet (the window is closing). */
    public void flushEdits() {
        if (memoWindow != null) {
            memoWindow.model().flush();
        }
    }

    /** Library > Coders' agreement: a passage chosen there is selected in the reader, the main window in front. */
    public void showAgreement() {
        if (agreementWindow == null) {
            agreementWindow = new org.glossa.ui.agreement.AgreementWindow(stage,
                    new org.glossa.ui.agreement.AgreementViewModel(library, background), d -> {
                        passages.select(d.documentId(), d.start(), d.end());
                        stage.toFront();
                        stage.requestFocus();
                    });
        }
        agreementWindow.show();
    }

    public void showSearch() {
        widenLeftPane();
        leftPane.getSelectionModel().select(searchTab);
        searchPanel.focus();
    }

    /** Snippets need more room than titles: give the left pane about 300 px while searching. */
    private void widenLeftPane() {
        javafx.scene.Node n = leftPane;
        while (n != null && !(n instanceof javafx.scene.control.SplitPane)) {
            n = n.getParent();
        }
        if (n instanceof javafx.scene.control.SplitPane split && split.getWidth() > 0
                && leftPane.getWidth() < SEARCH_WIDTH && split.getDividers().size() > 1) {
            double wanted = Math.min(SEARCH_WIDTH / split.getWidth(), split.getDividerPositions()[1] - 0.2);
            if (wanted > split.getDividerPositions()[0]) {
                split.setDividerPosition(0, wanted);
            }
        }
    }

    private void closeSearch() {
        leftPane.getSelectionModel().select(0);
        stage.getScene().getRoot().requestFocus();
    }

    public void showLibrary() {
        if (libraryWindow == null) {
            libraryWindow = new LibraryWindow(stage, tableModel, this::openDocument);
        }
        libraryWindow.show();
    }

    public void showClaims() {
        if (claimsWindow == null) {
            claimsWindow = new ClaimsWindow(stage, new ClaimsViewModel(library, background, status),
                    r -> {
                        passages.show(r.documentId(), r.start(), r.end(), r.annotationId());
                        // the main window over the Claims window, which stays open behind it
                        stage.toFront();
                        stage.requestFocus();
                    }, SYNTAX);
        }
        claimsWindow.show();
    }

    public void showTagMap() {
        if (tagMapWindow == null) {
            tagMapWindow = new TagMapWindow(stage, new TagMapViewModel(library, background, status),
                    this::openDocument, (tag, d) -> {
                        showClaims();
                        claimsWindow.showTagIn(tag, d.id(), d.title());
                    }, SYNTAX);
        }
        tagMapWindow.show();
    }

    private void openHit(SearchHit hit) {
        passages.show(hit.documentId(), hit.start(), hit.end(), hit.annotationId());
    }

    private void openDocument(long id) {
        documents.open(id);
        stage.toFront();
    }
}
