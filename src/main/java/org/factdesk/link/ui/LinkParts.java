package org.factdesk.link.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.factdesk.link.Difference;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkState;

/** The pieces both link screens draw alike: badges, the differences side by side, the reasons. */
final class LinkParts {


    private LinkParts() {
    }

    static Span relation(LinkRelation relation) {
        var badge = new Span(relation.label());
        badge.addClassNames("fd-link-relation", "fd-link-" + relation.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span state(LinkState state) {
        var badge = new Span(state.label());
        badge.addClassNames("fd-link-state", "fd-link-state-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** "figure: 11 injured ↔ at least 14 injured", one line a difference, this side left. */
    static Div differences(List<Difference> differences) {
        var box = new Div();
        box.addClassName("fd-link-differences");
        for (var d : differences) {
            var kind = new Span(d.kind().label());
            kind.addClassName("fd-difference-kind");
            var mine = new Span(d.thisSide());
            mine.addClassName("fd-difference-this");
            var arrow = new Span("↔");
            arrow.addClassName("fd-difference-arrow");
            var theirs = new Span(d.otherSide());
            theirs.addClassName("fd-difference-other");
            var line = new Div(kind, mine, arrow, theirs);
            line.addClassName("fd-difference");
            line.getElement().setAttribute("title", d.toString());
            box.add(line);
        }
        box.setVisible(!differences.isEmpty());
        return box;
    }

    static Div reasons(List<String> reasons) {
        var box = new Div();
        box.addClassName("fd-link-reasons");
        for (String r : reasons) {
            var chip = new Span(r);
            chip.addClassName("fd-link-reason");
            box.add(chip);
        }
        box.setVisible(!reasons.isEmpty());
        return box;
    }

    /** "Harbour Gazette · 6 Dec 2023", or the document's title when there is no outlet. */
    static String source(String outlet, String title, LocalDate date) {
        String who = outlet == null || outlet.isBlank() ? title : outlet;
        return date == null ? who : who + " · " + org.factdesk.base.ui.Times.DATE.format(date);
    }

    static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
