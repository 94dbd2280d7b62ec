package org.factdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import org.factdesk.KaribuViewTest;
import org.junit.jupiter.api.Test;

class RestoreViewTest extends KaribuViewTest {

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_a_message_not_in_silence() {
        fixtures.user("rv-restorer");
        signIn("rv-restorer");
        navigate("restore");

        var upload = _get(Upload.class);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Incorrect File Type.", "claims.csv"));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).extracting(
                n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("“claims.csv” is not a Factdesk backup"));
    }

    @Test
    void the_main_layout_offers_a_skip_link_first() {
        fixtures.user("rv-skipper");
        signIn("rv-skipper");
        navigate("restore");

        var skip = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Skip to main content"));
        assertThat(skip.getElement().getParent().getChild(0)).isEqualTo(skip.getElement());
        assertThat(_get(RestoreView.class).getElement().getAttribute("id")).isEqualTo("fd-main");
    }
}
