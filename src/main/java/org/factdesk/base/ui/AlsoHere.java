package org.factdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.factdesk.base.live.LiveChannel;

/** "Also here: …": who else has the same claim or document open, on any instance. */
public class AlsoHere extends Span {

    /**
     * Presence on {@code topic} plus {@code onChange} for every change on it, both for as long as
     * the returned component is attached. Views that show another item in the same instance (next
     * claim, next document) replace it, and so leave the old topic.
     */
    public static AlsoHere following(LiveChannel live, String topic, String myName,
                                     java.util.function.Consumer<LiveChannel.Signal> onChange) {
        var here = new AlsoHere(live, topic, myName);
        LiveUpdates.follow(here, live, topic, onChange);
        return here;
    }

    public AlsoHere(LiveChannel live, String topic, String myName) {
        addClassName("fd-also-here");
        setVisible(false);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable leave = live.join(topic, myName, others -> ui.access(() -> {
                var names = others.stream().map(LiveChannel.Viewer::name).distinct().sorted().toList();
                setText(names.isEmpty() ? "" : "Also here: " + String.join(", ", names));
                setVisible(!names.isEmpty());
            }));
            addDetachListener(detach -> {
                leave.run();
                detach.unregisterListener();
            });
        });
    }
}
