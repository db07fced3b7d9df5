package org.glossa.ui.agreement;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.glossa.core.agreement.AgreementReport;
import org.glossa.core.agreement.AgreementReport.CodeAgreement;
import org.glossa.ui.ToolWindows;

/**
 * Library › Coders' agreement…: per code, percent agreement, Cohen's kappa (two coders) and
 * Krippendorff's alpha at character level; below, the passages where the coders differ on the
 * chosen code, each opening in the main window.
 */
public final class AgreementWindow {
    private final AgreementViewModel model;
    private final Stage stage = new Stage();
    private final TableView<CodeAgreement> table = new TableView<>();
    private final ListView<AgreementReport.Disagreement> passages = new ListView<>();

    public AgreementWindow(Window owner, AgreementViewModel model, Consumer<AgreementReport.Disagreement> open) {
        this.model = model;
        table.setId("agreement-table");
        table.setAccessibleText("Agreement per code");
        table.setPlaceholder(new Label("No codes to compare."));
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                ToolWindows.text("Code", AgreementViewModel::label, 220),
                ToolWindows.text("Agreement", r -> AgreementViewModel.percent(r.percent()), 90),
                ToolWindows.text("Kappa", r -> AgreementViewModel.coefficient(r.kappa()), 70),
                ToolWindows.text("Alpha", r -> AgreementViewModel.coefficient(r.alpha()), 70),
                ToolWindows.column("Characters coded", CodeAgreement::coded, 120),
                ToolWindows.column("Compared", CodeAgreement::compared, 100)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.choose(row));

        passages.setId("agreement-passages");
        passages.setAccessibleText("Passages where coders differ");
        passages.setPlaceholder(new Label("The coders agree everywhere on this code."));
        passages.setItems(model.passages());
        passages.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AgreementReport.Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : AgreementViewModel.describe(d));
                getStyleClass().remove("agreement-passage");
                if (!empty && d != null) {
                    getStyleClass().add("agreement-passage");
                }
            }
        });
        passages.setOnMouseClicked(e -> {
            AgreementReport.Disagreement d = passages.getSelectionModel().getSelectedItem();
            if (d != null) {
                open.accept(d);
            }
        });
        passages.setOnKeyPressed(e -> {
            AgreementReport.Disagreement d = passages.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && d != null) {
                open.accept(d);
                e.consume();
            }
        });

        Label summary = new Label();
        summary.setId("agreement-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label about = new Label("Each character is a unit: coded or not coded with a code, by each coder."
                + " A code holds its sub-codes; \u201cAll codes\u201d pools the codes as applied.");
        about.setWrapText(true);
        about.getStyleClass().add("hint");
        about.setMinHeight(Region.USE_PREF_SIZE);
        Button refresh = new Button("Measure again");
        refresh.setId("agreement-refresh");
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, summary, spacer, refresh);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        Label passagesTitle = new Label("Passages where the coders differ (click to open):");
        VBox lower = new VBox(4, passagesTitle, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox root = new VBox(6, top, about, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        ToolWindows.setUp(stage, owner, "Coders' agreement", root, 900, 600, table::requestFocus);
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public AgreementViewModel model() {
        return model;
    }
}
