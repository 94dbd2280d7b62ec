package org.factdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.factdesk.KaribuViewTest;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewService;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RatingScaleViewTest extends KaribuViewTest {

    @Autowired ReviewService reviews;

    @Test
    void an_owner_renames_recolours_and_reorders_levels_and_switches_four_eyes_off() {
        var project = fixtures.project("Scale desk", fixtures.user("scale-owner"));
        signIn("scale-owner");
        navigate(ReviewNavigation.ratingScale(project));
        var view = _get(RatingScaleView.class);

        view.levels().getFirst().label.setValue("Accurate");
        view.levels().getFirst().color.setValue("#1b5e20");
        var moveUp = _find(Button.class, spec -> spec.withPredicate(
                b -> "Move up".equals(b.getElement().getAttribute("aria-label"))));
        _click(moveUp.get(1));
        _click(_get(Button.class, spec -> spec.withText("Save scale")));
        _setValue(_get(Checkbox.class), false);

        var levels = reviews.scale(project).levels();
        assertThat(levels.stream().map(RatingLevel::label).toList()).startsWith("Mostly true", "Accurate", "Mixed");
        assertThat(levels.get(1).color()).isEqualTo("#1b5e20");
        assertThat(reviews.settings(project).fourEyes()).isFalse();
    }

    @Test
    void a_preset_replaces_the_scale_and_an_editor_only_looks() {
        var owner = fixtures.user("preset-owner");
        var project = fixtures.project("Preset desk", owner);
        fixtures.member(project, fixtures.user("preset-editor"), ProjectRole.EDITOR);
        signIn("preset-owner");
        navigate(ReviewNavigation.ratingScale(project));
        _setValue(_get(com.vaadin.flow.component.select.Select.class), org.factdesk.review.ScalePreset.THREE_LEVELS);
        _click(_get(Button.class, spec -> spec.withText("Use preset")));
        assertThat(reviews.scale(project).levels()).extracting(RatingLevel::label)
                .containsExactly("True", "Mixed", "False");

        signIn("preset-editor");
        navigate(ReviewNavigation.ratingScale(project));
        assertThat(_find(Button.class, spec -> spec.withText("Save scale"))).isEmpty();
        assertThat(_get(Checkbox.class).isReadOnly()).isTrue();
        assertThat(_get(RatingScaleView.class).levels()).hasSize(3);
    }

    @Test
    void an_owner_sets_the_publishing_details_that_claim_review_needs() {
        var project = fixtures.project("Publishing desk", fixtures.user("pub-owner"));
        signIn("pub-owner");
        navigate(ReviewNavigation.ratingScale(project));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Publisher")),
                "Kestrel Fact Desk");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Address of published fact-checks")), "not a web address");
        _click(_get(Button.class, spec -> spec.withText("Save publishing details")));
        assertThat(reviews.settings(project).publisherName()).as("nothing saved while an address is wrong").isNull();

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Address of published fact-checks")), "https://kestrel.example/checks");
        _click(_get(Button.class, spec -> spec.withText("Save publishing details")));
        var settings = reviews.settings(project);
        assertThat(settings.publisherName()).isEqualTo("Kestrel Fact Desk");
        assertThat(settings.publicUrlBase()).isEqualTo("https://kestrel.example/checks");
    }
}
