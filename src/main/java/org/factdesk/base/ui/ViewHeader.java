package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The title row of a view: heading, an optional line below it, and actions on the right. */
public class ViewHeader extends Div {

    private final H1 heading;
    private final Paragraph subtitle = new Paragraph();
    private final Div actions = new Div();

    public ViewHeader(String title) {
        addClassName("fd-view-header");
        heading = new H1(title);
        subtitle.addClassName("fd-view-subtitle");
        subtitle.setVisible(false);
        var text = new Div(heading, subtitle);
        text.addClassName("fd-view-title");
        actions.addClassName("fd-view-actions");
        add(text, actions);
    }

    public ViewHeader withSubtitle(String text) {
        subtitle.setText(text);
        subtitle.setVisible(text != null && !text.isBlank());
        return this;
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }

    public void setTitle(String title) {
        heading.setText(title);
    }
}
