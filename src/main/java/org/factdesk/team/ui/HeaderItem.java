package org.factdesk.team.ui;

import com.vaadin.flow.component.Component;

/** Something a module shows in the top bar of every signed-in page, such as the notification bell. */
public interface HeaderItem {

    /** A new component for one layout instance. */
    Component create();
}
