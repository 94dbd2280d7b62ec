package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewSettings;
import org.factdesk.review.ScalePreset;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/**
 * The project's rating scale and review rules. Owners rename, recolour, reorder, add and remove
 * levels or start from a preset, and switch the four-eyes rule; everyone else sees them.
 */
@Route(ReviewNavigation.RATING_SCALE_ROUTE)
@PageTitle("Rating scale · Factdesk")
@PermitAll
class RatingScaleView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final ReviewService reviews;
    private final ViewHeader header = new ViewHeader("Rating scale");
    private final Div rows = new Div();
    private final Div presetBar = new Div();
    private final Checkbox fourEyes = new Checkbox("Four eyes: whoever wrote a verdict cannot publish it");
    private final com.vaadin.flow.component.textfield.TextField publisherName =
            new com.vaadin.flow.component.textfield.TextField("Publisher");
    private final com.vaadin.flow.component.textfield.TextField publisherUrl =
            new com.vaadin.flow.component.textfield.TextField("Publisher's web address");
    private final com.vaadin.flow.component.textfield.TextField publicUrlBase =
            new com.vaadin.flow.component.textfield.TextField("Address of published fact-checks");
    private final Button savePublishing = new Button("Save publishing details");
    private final Button save = new Button("Save scale");
    private final List<LevelRow> levels = new ArrayList<>();
    private MyProject project;
    private boolean canManage;

    /** One level being edited; {@code id} null until saved. */
    static final class LevelRow {
        final Long id;
        final TextField label = new TextField();
        final Input color = new Input(ValueChangeMode.EAGER);
        final IntegerField value = new IntegerField();

        LevelRow(Long id, String label, String color, int value) {
            this.id = id;
            this.label.setValue(label);
            this.label.setAriaLabel("Name");
            this.color.setType("color");
            this.color.setValue(color);
            this.color.getElement().setAttribute("aria-label", "Colour");
            this.value.setValue(value);
            this.value.setAriaLabel("Value");
            this.value.setWidth("6rem");
        }

        ReviewService.LevelEdit edit() {
            return new ReviewService.LevelEdit(id, label.getValue(), color.getValue(),
                    value.getValue() == null ? 0 : value.getValue());
        }
    }

    RatingScaleView(ProjectScope scope, ReviewService reviews) {
        this.scope = scope;
        this.reviews = reviews;
        addClassNames("fd-view");
        rows.addClassName("fd-scale-rows");
        presetBar.addClassName("fd-filters");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveScale());
        var add = new Button("Add level", VaadinIcon.PLUS.create(), e -> {
            levels.add(new LevelRow(null, "", "#607d8b", 0));
            render();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("fd-scale-add");
        var scaleBox = new Div(new H2("Levels"), hint(), rows, new Div(add, save));
        scaleBox.addClassName("fd-side-section");
        fourEyes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveRules();
            }
        });
        var rulesBox = new Div(new H2("Rules"), fourEyes);
        rulesBox.addClassName("fd-side-section");
        publisherName.setHelperText("The organisation that publishes your fact-checks (ClaimReview author).");
        publisherUrl.setPlaceholder("https://example.org");
        publicUrlBase.setPlaceholder("https://example.org/fact-checks");
        publicUrlBase.setHelperText("Each published claim gets this address plus a short name of its own.");
        for (var field : List.of(publisherName, publisherUrl, publicUrlBase)) {
            field.setWidth("28rem");
        }
        savePublishing.addClickListener(e -> savePublishing());
        var publishingBox = new Div(new H2("Publishing"), publisherName, publisherUrl, publicUrlBase,
                new Div(savePublishing));
        publishingBox.addClassName("fd-side-section");
        add(header, presetBar, scaleBox, rulesBox, publishingBox);
    }

    private static Span hint() {
        var hint = new Span("The order sets the number keys on the claim page (1 is the first level). The value goes "
                + "into exported ClaimReview ratings; 0 means “not on the scale”, as for Unproven.");
        hint.addClassName("fd-muted");
        return hint;
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            canManage = p.role().canManageProject();
            header.withSubtitle(p.name() + (canManage ? "" : " · only owners change the scale"));
            load();
        });
    }

    private void load() {
        levels.clear();
        for (RatingLevel level : reviews.scale(project.id()).levels()) {
            levels.add(new LevelRow(level.id(), level.label(), level.color(), level.value()));
        }
        var settings = reviews.settings(project.id());
        fourEyes.setValue(settings.fourEyes());
        fourEyes.setReadOnly(!canManage);
        publisherName.setValue(settings.publisherName() == null ? "" : settings.publisherName());
        publisherUrl.setValue(settings.publisherUrl() == null ? "" : settings.publisherUrl());
        publicUrlBase.setValue(settings.publicUrlBase() == null ? "" : settings.publicUrlBase());
        for (var field : List.of(publisherName, publisherUrl, publicUrlBase)) {
            field.setReadOnly(!canManage);
        }
        savePublishing.setVisible(canManage);
        save.setVisible(canManage);
        renderPresets();
        render();
    }

    private void renderPresets() {
        presetBar.removeAll();
        if (!canManage) {
            return;
        }
        var preset = new Select<ScalePreset>();
        preset.setAriaLabel("Preset");
        preset.setItems(ScalePreset.values());
        preset.setItemLabelGenerator(ScalePreset::label);
        preset.setPlaceholder("Start from a preset…");
        preset.setWidth("17rem");
        var apply = new Button("Use preset", e -> {
            if (preset.getValue() == null) {
                Notifications.error("Pick a preset first.");
                return;
            }
            reviews.applyPreset(project.id(), preset.getValue());
            Notifications.success("Now using “" + preset.getValue().label() + "”. Verdicts already given keep their level.");
            load();
        });
        presetBar.add(preset, apply);
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            int index = i;
            var key = new Span(String.valueOf(i + 1));
            key.addClassName("fd-scale-key");
            var up = iconButton(VaadinIcon.ARROW_UP, "Move up", () -> move(index, -1));
            up.setEnabled(i > 0);
            var down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", () -> move(index, 1));
            down.setEnabled(i < levels.size() - 1);
            var remove = iconButton(VaadinIcon.TRASH, "Remove level", () -> {
                levels.remove(index);
                render();
            });
            level.label.setReadOnly(!canManage);
            level.value.setReadOnly(!canManage);
            level.color.setEnabled(canManage);
            var row = new Div(key, level.color, level.label, level.value);
            if (canManage) {
                row.add(up, down, remove);
            }
            row.addClassName("fd-scale-row");
            rows.add(row);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(int index, int by) {
        var level = levels.remove(index);
        levels.add(index + by, level);
        render();
    }

    void saveScale() {
        try {
            reviews.saveScale(project.id(), levels.stream().map(LevelRow::edit).toList());
            Notifications.success("Scale saved. Verdicts on removed levels keep them.");
            load();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void saveRules() {
        try {
            var current = reviews.settings(project.id());
            reviews.saveSettings(project.id(), new ReviewSettings(fourEyes.getValue(), current.publisherName(),
                    current.publisherUrl(), current.publicUrlBase(), current.version()));
            Notifications.success(fourEyes.getValue() ? "Four eyes on: a second person publishes each verdict."
                    : "Four eyes off: whoever wrote a verdict may publish it.");
        } catch (ConflictException e) {
            Notifications.error("Someone changed the rules meanwhile; they are shown now. Change them again if needed.");
            load();
        }
    }

    private void savePublishing() {
        try {
            var current = reviews.settings(project.id());
            reviews.saveSettings(project.id(), new ReviewSettings(current.fourEyes(), publisherName.getValue(),
                    publisherUrl.getValue(), publicUrlBase.getValue(), current.version()));
            Notifications.success("Publishing details saved: ClaimReview exports use them.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (ConflictException e) {
            Notifications.error("Someone changed the settings meanwhile; they are shown now. Save yours again.");
            load();
        }
    }

    /** For tests. */
    List<LevelRow> levels() {
        return levels;
    }
}
