package org.factdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.factdesk.base.live.LiveChannel;

/** "Also here: …": who else has the same claim or document open, on any instance. */
public class AlsoHere extends Span {

    public AlsoHere(LiveChannel live, Supplier<String> topic, Supplier<String> myName) {
        addClassName("fd-also-here");
        setVisible(false);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable leave = live.join(topic.get(), myName.get(), others -> ui.access(() -> {
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
