package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;

/**
 * A view's own keys: reader.js forwards each of them, pressed outside any text field and dialog, to the view that
 * declares it ({@code data-fd-keys}), and the view acts on it on the server.
 */
public final class PageKeys {

    private PageKeys() {
    }

    public static void listen(Component view, List<String> keys, Consumer<String> onKey) {
        view.getElement().setAttribute("data-fd-keys", String.join(" ", keys));
        view.addAttachListener(attach -> attach.getUI().getPage().addJavaScript("frontend/reader.js"));
        view.getElement().addEventListener("reader-key", e -> onKey.accept(e.getEventData().get("event.detail.key")
                .asString())).addEventData("event.detail.key");
    }
}
