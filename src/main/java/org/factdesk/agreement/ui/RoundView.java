package org.factdesk.agreement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.Disagreement;
import org.factdesk.agreement.PairFigures;
import org.factdesk.agreement.ReviewerFigures;
import org.factdesk.agreement.Round;
import org.factdesk.agreement.RoundId;
import org.factdesk.agreement.RoundReport;
import org.factdesk.agreement.RoundVerdict;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.base.SvgCharts;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Times;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewService;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ui.CurrentProject;

/**
 * One round: the reviewer's own claims still to judge, the figures with the number of claims each is based on, a
 * table per reviewer, a heatmap of verdict against verdict per pair, and the disagreements, each settled in a click
 * as one of the reviewers' verdicts (or another level) through the claim's normal review.
 */
@Route(AgreementNavigation.ROUND_ROUTE)
@PermitAll
class RoundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AgreementService agreement;
    private final ReviewService reviews;
    private final ProjectAccess access;
    private final ViewHeader header = new ViewHeader("Round");
    private final Div mine = new Div();
    private final Div figures = new Div();
    private final Div people = new Div();
    private final Div pairs = new Div();
    private final Div disagreements = new Div();
    private final Button close = new Button("Close round");
    private Round round;
    private MyProject project;
    private RoundReport report;
    private String title = "Round";

    RoundView(AgreementService agreement, ReviewService reviews, ProjectAccess access) {
        this.agreement = agreement;
        this.reviews = reviews;
        this.access = access;
        addClassNames("fd-view", "fd-view-wide", "fd-round");
        mine.addClassNames("fd-section", "fd-round-mine");
        figures.addClassNames("fd-section", "fd-round-figures");
        people.addClassNames("fd-section", "fd-round-people");
        pairs.addClassNames("fd-section", "fd-round-pairs");
        disagreements.addClassNames("fd-section", "fd-round-disagreements");
        close.addClickListener(e -> closeRound());
        var csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("round-" + round.id() + "-verdicts.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                agreement.writeCsv(round.id(), out);
            }
        }, "Verdicts (CSV)");
        csv.addClassName("fd-download");
        header.withActions(csv, close);
        add(header, mine, figures, people, pairs, disagreements);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(AgreementNavigation.ROUND_PARAMETER).flatMap(RoundId::parse);
        try {
            round = agreement.get(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id")));
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This round does not exist, or you may not see it.");
            return;
        }
        CurrentProject.set(round.data().projectId());
        project = access.requireRead(round.data().projectId());
        draw();
    }

    private void draw() {
        round = agreement.get(round.id());
        report = agreement.report(round.id());
        title = round.data().name();
        header.setTitle(round.data().name());
        header.withSubtitle(project.name() + " · " + round.data().state().label() + " · "
                + round.data().claims().size() + " claims · started " + Times.WHEN.format(round.data().createdAt())
                + (round.data().closedAt() == null ? "" : " · closed " + Times.WHEN.format(round.data().closedAt())));
        close.setVisible(round.data().open() && project.role().canManageProject());
        drawMine();
        drawFigures();
        drawPeople();
        drawPairs();
        drawDisagreements();
    }

    private void drawMine() {
        mine.removeAll();
        var toJudge = agreement.toJudge(round);
        mine.setVisible(agreement.reviews(round) && round.data().open());
        if (!mine.isVisible()) {
            return;
        }
        int total = round.data().claims().size();
        mine.add(new H2("Your verdicts: " + (total - toJudge.size()) + " of " + total));
        if (toJudge.isEmpty()) {
            mine.add(empty("You have judged every claim of this round. You may still change a verdict on its claim "
                    + "page until the round is closed."));
            return;
        }
        var quotes = agreement.quotes(round);
        var next = toJudge.iterator().next();
        var go = new Anchor(ClaimNavigation.claim(next), "Judge the next claim →");
        go.addClassName("fd-round-next");
        mine.add(new Div("Each claim opens without its verdict, its history or anyone else's verdict. "), go);
        var grid = new Grid<ClaimId>();
        grid.addColumn(c -> quotes.getOrDefault(c, "")).setHeader("Still to judge").setFlexGrow(1);
        grid.setItems(List.copyOf(toJudge));
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-clickable-rows");
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid, ClaimNavigation::navigateToClaim);
        mine.add(grid);
    }

    private void drawFigures() {
        figures.removeAll();
        figures.add(new H2("Agreement"));
        if (!report.figuresShown()) {
            figures.add(empty("The figures show once you have judged all your claims, so that they tell you nothing "
                    + "about the others' verdicts before you give yours."));
            return;
        }
        var f = report.figures();
        if (f.n() == 0) {
            figures.add(empty("No claim has been judged by every reviewer yet: the figures start with the first."));
            return;
        }
        var cards = new Div();
        cards.addClassName("fd-figure-cards");
        cards.add(card("Claims", String.valueOf(f.n()), f.leftOut() == 0 ? "judged by everyone"
                : f.leftOut() + " left out: not judged by everyone yet"));
        cards.add(banded(card("Krippendorff's α (ordinal)", Figures.coefficient(f.krippendorffAlphaOrdinal()),
                "n = " + f.ordinalN() + (f.ordinalN() < f.n() ? ", verdicts valued 0 left out" : "")),
                f.krippendorffAlphaOrdinal()));
        cards.add(banded(card("Krippendorff's α (nominal)", Figures.coefficient(f.krippendorffAlphaNominal()),
                "n = " + f.n()), f.krippendorffAlphaNominal()));
        if (round.data().reviewers().size() == 2) {
            cards.add(banded(card("Cohen's κ", Figures.coefficient(f.cohensKappa()), "n = " + f.n()), f.cohensKappa()));
        }
        cards.add(banded(card("Fleiss' κ", Figures.coefficient(f.fleissKappa()), "n = " + f.n()), f.fleissKappa()));
        cards.add(banded(card("Gwet's AC1", Figures.coefficient(f.gwetAc1()), "n = " + f.n()), f.gwetAc1()));
        cards.add(card("Percent agreement", Figures.percent(f.percentAgreement()), "pairs of reviewers agreeing, n = " + f.n()));
        figures.add(cards);
        figures.add(new Div("α and κ: 1 is perfect agreement, 0 what chance alone would give; below 0.667 Krippendorff "
                + "advises against relying on the verdicts. AC1 stays meaningful when one verdict dominates. "
                + "A dash: not defined (every verdict the same)."));
    }

    /**
     * A coefficient's card coloured by Krippendorff's bands: 0.8 and above reliable (green), from 0.667 tentative
     * (amber), below that not to be relied on (red), so the eye finds the weak figure first.
     */
    private static Div banded(Div card, Double coefficient) {
        if (coefficient != null) {
            card.addClassName(coefficient >= 0.8 ? "fd-figure-reliable" : coefficient >= 0.667 ? "fd-figure-tentative"
                    : "fd-figure-unreliable");
        }
        return card;
    }

    private static Div card(String label, String value, String note) {
        var figure = new Span(value);
        figure.addClassName("fd-dashboard-figure");
        var box = new Div(new Div(label), figure, new Div(note));
        box.addClassName("fd-figure-card");
        return box;
    }

    private void drawPeople() {
        people.removeAll();
        people.add(new H2("Reviewers"));
        var grid = new Grid<ReviewerFigures>();
        grid.addColumn(ReviewerFigures::name).setHeader("Reviewer").setFlexGrow(2);
        grid.addColumn(ReviewerFigures::given).setHeader("Verdicts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewerFigures::remaining).setHeader("Still to judge").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> report.figuresShown() ? Figures.percent(r.agreementWithOthers()) : "—")
                .setHeader("Agrees with the others").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(report.reviewers());
        grid.setAllRowsVisible(true);
        people.add(grid);
    }

    private void drawPairs() {
        pairs.removeAll();
        pairs.setVisible(report.figuresShown());
        if (!report.figuresShown()) {
            return;
        }
        pairs.add(new H2("Verdict against verdict"));
        var row = new Div();
        row.addClassName("fd-heatmaps");
        for (PairFigures pair : report.pairs()) {
            var box = new Div(new H3(pair.aName() + " and " + pair.bName()),
                    new Div("n = " + pair.n() + " · agree " + Figures.percent(pair.percentAgreement()) + " · Cohen's κ "
                            + Figures.coefficient(pair.cohensKappa())),
                    new Html("<div>" + SvgCharts.heatmap(pair.aName() + " against " + pair.bName(), pair.aName(),
                            pair.bName(), pair.labels(), pair.labels(), pair.confusion()) + "</div>"));
            box.addClassName("fd-heatmap-box");
            row.add(box);
        }
        pairs.add(row);
    }

    private void drawDisagreements() {
        disagreements.removeAll();
        var list = agreement.disagreements(round.id());
        long open = list.stream().filter(d -> !d.settled()).count();
        disagreements.add(new H2("Disagreements (" + open + " to settle, " + (list.size() - open) + " settled)"));
        if (list.isEmpty()) {
            disagreements.add(empty(report.figuresShown() || !agreement.reviews(round)
                    ? "The reviewers agree on every claim they have all judged so far."
                    : "Claims you have judged show here when another reviewer differs."));
            return;
        }
        boolean canSettle = !project.project().data().archived() && project.role().canEditContent()
                && (project.role().canManageProject() || agreement.reviews(round));
        var levels = reviews.scale(round.data().projectId()).levels();
        for (var d : list) {
            disagreements.add(disagreement(d, levels, canSettle));
        }
    }

    private Div disagreement(Disagreement d, List<RatingLevel> levels, boolean canSettle) {
        var quote = new Anchor(ClaimNavigation.claim(d.claimId()), "“" + d.quote() + "”");
        quote.addClassName("fd-disagreement-quote");
        var verdicts = new Div();
        verdicts.addClassName("fd-disagreement-verdicts");
        for (RoundVerdict v : d.verdicts()) {
            var chip = new Span(v.label());
            chip.addClassName("fd-verdict-badge");
            levels.stream().filter(l -> l.id() == v.levelId()).findFirst()
                    .ifPresent(l -> chip.getStyle().set("--fd-verdict-color", l.color()));
            var cell = new Div(new Div(v.reviewerName()), chip);
            if (!v.rationale().isBlank()) {
                var why = new Div(v.rationale());
                why.addClassName("fd-disagreement-rationale");
                cell.add(why);
            }
            cell.addClassName("fd-disagreement-verdict");
            verdicts.add(cell);
        }
        var box = new Div(quote, verdicts);
        box.addClassName("fd-disagreement");
        if (d.settled()) {
            var settled = new Div("Settled as " + d.settledLabel() + " by " + d.settledBy() + ", "
                    + Times.WHEN.format(d.settledAt()) + ". It is the claim's verdict now, in its history.");
            settled.addClassName("fd-disagreement-settled");
            box.add(settled);
            box.addClassName("fd-settled");
        }
        if (canSettle) {
            box.add(settleControls(d, levels));
        }
        return box;
    }

    private Div settleControls(Disagreement d, List<RatingLevel> levels) {
        var controls = new Div();
        controls.addClassName("fd-settle");
        var rationale = new TextField();
        rationale.setPlaceholder("Rationale for the claim (optional, replaces its rationale)");
        rationale.setAriaLabel("Rationale for the claim");
        var taken = d.verdicts().stream().map(RoundVerdict::levelId).distinct().toList();
        for (long level : taken) {
            var label = d.verdicts().stream().filter(v -> v.levelId() == level).findFirst().orElseThrow().label();
            var button = new Button("Settle as " + label, e -> settle(d.claimId(), level, rationale.getValue()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            controls.add(button);
        }
        var other = new Select<RatingLevel>();
        other.setAriaLabel("Another verdict");
        other.setPlaceholder("Another verdict");
        other.setItems(levels);
        other.setItemLabelGenerator(RatingLevel::label);
        var otherButton = new Button("Settle", e -> {
            if (other.getValue() == null) {
                Notifications.error("Pick the verdict to settle on first.");
            } else {
                settle(d.claimId(), other.getValue().id(), rationale.getValue());
            }
        });
        otherButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        controls.add(other, otherButton, rationale);
        return controls;
    }

    void settle(ClaimId claim, long level, String rationale) {
        try {
            int version = reviews.get(claim).version();
            agreement.settle(round.id(), claim, level, rationale, version);
            Notifications.success("Settled: the claim's verdict is saved, with an entry in its history. Publishing it "
                    + "still takes a second reviewer.");
        } catch (ConflictException e) {
            Notifications.error("Someone saved this claim's review in the meantime. Look at it, then settle again.");
        } catch (InvalidInputException | PermissionDeniedException e) {
            Notifications.error(e.getMessage());
        }
        draw();
    }

    void closeRound() {
        try {
            agreement.close(round.id(), round.version());
            Notifications.success("Round closed. Its verdicts and figures stay as they are.");
        } catch (ConflictException | InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        draw();
    }

    private static Div empty(String text) {
        var div = new Div(text);
        div.addClassName("fd-empty");
        return div;
    }

    /** For tests: the round's report as the page drew it. */
    RoundReport shownReport() {
        return report;
    }

    @Override
    public String getPageTitle() {
        return title + " · Factdesk";
    }
}
