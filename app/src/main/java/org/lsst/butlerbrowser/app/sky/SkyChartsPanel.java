package org.lsst.butlerbrowser.app.sky;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.views.chart.CategoryCountChart;
import org.lsst.butlerbrowser.views.chart.HistogramChart;
import org.lsst.butlerbrowser.views.chart.ScatterChart;
import org.lsst.butlerbrowser.views.chart.SelectionChart;

/**
 * The charts beside the sky, of the selected layer's rows: observations over time, rows per band,
 * and a scatter of two numeric columns chosen above it. Each shows the selected rows in the
 * highlight colour, and a bar clicked or a range or box dragged selects rows everywhere.
 */
final class SkyChartsPanel extends VBox {

    SkyChartsPanel(SkyScreenModel model) {
        super(4);
        setId("sky-charts");
        setPadding(new Insets(4));
        HistogramChart times = new HistogramChart();
        times.setId("sky-time-chart");
        follow(times, model.times().binsProperty(), model.times().messageProperty(), times::show);
        times.setOnRangePicked(model.times()::pick);

        CategoryCountChart bands = new CategoryCountChart();
        bands.setId("sky-band-chart");
        follow(bands, model.bands().countsProperty(), model.bands().messageProperty(), bands::show);
        bands.setOnCategoriesPicked(model.bands()::pick);

        ScatterChart scatter = new ScatterChart();
        scatter.setId("sky-scatter-chart");
        follow(scatter, model.scatter().pointsProperty(), model.scatter().messageProperty(), scatter::show);
        scatter.setOnBoxPicked(model.scatter()::pick);
        ComboBox<String> x = column(model.scatter().xProperty(), model, "sky-scatter-x");
        ComboBox<String> y = column(model.scatter().yProperty(), model, "sky-scatter-y");
        HBox axes = new HBox(4, new Label("x"), x, new Label("y"), y);
        axes.setAlignment(Pos.CENTER_LEFT);

        for (SelectionChart chart : new SelectionChart[] {times, bands, scatter}) {
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        getChildren().addAll(times, bands, axes, scatter);
    }

    private static ComboBox<String> column(javafx.beans.property.StringProperty value, SkyScreenModel model, String id) {
        ComboBox<String> box = new ComboBox<>(model.scatter().columns());
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Draws what the model computes, or its sentence when there is nothing. */
    private static <T> void follow(SelectionChart chart, ObservableValue<T> data, ObservableValue<String> message,
                                   java.util.function.Consumer<T> show) {
        Runnable update = () -> {
            if (data.getValue() != null) {
                show.accept(data.getValue());
            } else {
                chart.showMessage(message.getValue() == null ? "" : message.getValue());
            }
        };
        data.addListener(o -> update.run());
        message.addListener(o -> update.run());
        update.run();
    }
}
