package org.factdesk.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/** Lists whose rows open something: a click opens a row, and so does Enter on the row the keyboard is on. */
public final class GridRows {

    private GridRows() {
    }

    public static <T> void openOnClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        var focused = new Object() {
            T item;
        };
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }, Key.ENTER).listenOn(grid);
    }
}
