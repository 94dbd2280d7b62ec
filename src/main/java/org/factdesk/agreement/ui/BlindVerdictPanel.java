package org.factdesk.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.Round;
import org.factdesk.agreement.RoundVerdict;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.review.RatingLevel;

/**
 * The blind verdict: the scale's levels as buttons (keys 1…9 pick one), a short rationale, and Give verdict
 * (Ctrl+Enter). Once given, the page opens the claim's own verdict and history; the reviewer can still change theirs
 * until the round closes, checked against its version.
 */
class BlindVerdictPanel extends Div implements ClaimPanelExtension.ClaimPanel {

    private final AgreementService agreement;
    private final Round round;
    private final Claim claim;
    private final List<RatingLevel> levels;
    private final Runnable given;
    private final List<Button> buttons = new ArrayList<>();
    private final TextArea rationale = new TextArea("Why (optional)");
    private final Button give = new Button("Give verdict");
    private final Span state = new Span();
    private Long chosen;
    private RoundVerdict mine;

    BlindVerdictPanel(AgreementService agreement, Round round, Claim claim, List<RatingLevel> levels, Runnable given) {
        this.agreement = agreement;
        this.round = round;
        this.claim = claim;
        this.levels = levels;
        this.given = given;
        addClassNames("fd-side-section", "fd-blind-verdict");
        setId("blind-verdict");
        var roundLink = new Anchor(AgreementNavigation.round(round.id()), round.data().name());
        add(new H2("Your verdict in agreement round "), roundLink);
        var scale = new Div();
        scale.addClassName("fd-blind-levels");
        for (int i = 0; i < levels.size(); i++) {
            var level = levels.get(i);
            var button = new Button((i + 1) + " " + level.label(), e -> choose(level.id()));
            button.getElement().setAttribute("data-level", String.valueOf(level.id()));
            button.getStyle().set("--fd-verdict-color", level.color());
            button.addClassName("fd-blind-level");
            buttons.add(button);
            scale.add(button);
        }
        rationale.setMaxLength(RoundVerdict.RATIONALE_MAX);
        rationale.setPlaceholder("A sentence on what decided it");
        rationale.addClassName("fd-blind-rationale");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        give.setTooltipText("Ctrl+Enter");
        give.addClickListener(e -> submit());
        state.addClassName("fd-save-state");
        var hint = new Div("Keys 1–" + levels.size() + " pick a verdict. Nobody sees it before the round's figures "
                + "do, and it never changes the claim's own verdict.");
        hint.addClassName("fd-hint");
        add(scale, rationale, new Div(give, state), hint);
        mine = agreement.mine(round.id(), claim.id()).orElse(null);
        if (mine != null) {
            chosen = mine.levelId();
            rationale.setValue(mine.rationale());
            state.setText("Given: " + mine.label() + ". You may change it until the round is closed.");
            give.setText("Change verdict");
        } else {
            state.setText("Not given yet");
        }
        mark();
    }

    private void choose(long level) {
        chosen = level;
        mark();
    }

    private void mark() {
        for (var b : buttons) {
            boolean on = String.valueOf(chosen).equals(b.getElement().getAttribute("data-level"));
            b.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    void submit() {
        if (chosen == null) {
            Notifications.error("Pick a verdict first: click one, or press its number.");
            return;
        }
        try {
            agreement.give(round.id(), claim.id(), chosen, rationale.getValue(), mine == null ? null : mine.version());
            Notifications.success("Verdict given. The claim's own verdict and history are open to you now.");
            given.run();
        } catch (ConflictException e) {
            Notifications.error("Your verdict on this claim changed elsewhere (another tab?). The page shows it now.");
            given.run();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean onKey(String key) {
        if (key.matches("[1-9]")) {
            int n = Integer.parseInt(key);
            if (n <= levels.size()) {
                choose(levels.get(n - 1).id());
            }
            return true;
        }
        return false;
    }

    /** For tests: the level picked. */
    Long chosen() {
        return chosen;
    }
}
