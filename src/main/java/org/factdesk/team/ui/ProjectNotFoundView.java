package org.factdesk.team.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found" for unknown pages and for projects the user may not see: both look the same. */
@PageTitle("Not found · Factdesk")
@ParentLayout(MainLayout.class)
@PermitAll
class ProjectNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private final Paragraph detail = new Paragraph();

    ProjectNotFoundView() {
        addClassName("fd-not-found");
        add(new H1("Not found"), detail, new Anchor("", "Go to your projects"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "There is no page at /" + event.getLocation().getPath() + ".";
        detail.setText(message);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
