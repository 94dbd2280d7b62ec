package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.factdesk.base.live.LiveChannel;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a view's handler on its UI, through Push, whenever a topic it shows changes anywhere. */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Subscribes while {@code owner} is attached. */
    public static void follow(Component owner, LiveChannel live, String topic, Consumer<LiveChannel.Signal> handler) {
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // the handler runs on the listener thread, outside any request: it acts as the page's user
            SecurityContext user = SecurityContextHolder.getContext();
            Runnable unsubscribe = live.subscribe(topic, signal -> ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(user);
                try {
                    handler.accept(signal);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }));
            owner.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
