package org.factdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The "?" overlay, on every page of the main layout: every keyboard shortcut there is. */
public final class ShortcutHelp {

    private static final String[][] KEYS = {
        {"Reader", ""},
        {"j / k", "next / previous claim"},
        {"a", "accept the selected claim and move on"},
        {"x", "dismiss the selected claim and move on"},
        {"Shift + arrows", "select text from the selected claim on (Ctrl: by words; up, down: by lines)"},
        {"m", "make a claim from the selected text"},
        {"Claim page", ""},
        {"1 – 9", "set the verdict to that level of the scale"},
        {"s", "advance the status one step"},
        {"Ctrl + Enter", "save the review; in a comment box, post the comment"},
        {"j / k", "next / previous claim of the document"},
        {"In other sources", ""},
        {"c", "confirm the focused suggestion, or the first (also on the reader's selected claim)"},
        {"r", "reject it: not the same fact, never suggested again"},
        {"Conflicts page", ""},
        {"j / k", "next / previous conflict"},
        {"c / r", "confirm / reject the selected conflict and move on"},
        {"Everywhere", ""},
        {"/", "search (on lists)"},
        {"Enter", "open the row the keyboard is on (on lists)"},
        {"?", "this overview"},
    };

    private ShortcutHelp() {
    }

    public static void open() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard shortcuts");
        var list = new Div();
        list.addClassName("fd-shortcuts");
        for (String[] row : KEYS) {
            if (row[1].isEmpty()) {
                var heading = new Div(row[0]);
                heading.addClassName("fd-shortcut-heading");
                list.add(heading);
                continue;
            }
            var key = new Span(row[0]);
            key.addClassName("fd-key");
            var line = new Div(key, new Span(row[1]));
            line.addClassName("fd-shortcut");
            list.add(line);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
