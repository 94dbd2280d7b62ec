package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.Blanks;
import org.factdesk.claim.Claim;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewField;
import org.factdesk.team.Member;
import org.factdesk.team.UserId;

/**
 * A claim's review as a form: each {@link ReviewField} bound once, on a {@link Binder}, with the limits the service
 * enforces as messages an editor can act on before saving. Blanks read as null, so the form compares field by field
 * with a stored review.
 */
class ReviewDataForm extends Composite<Div> {

    private final Binder<ReviewData> binder = new Binder<>(ReviewData.class);
    private final VerdictField verdict = new VerdictField();
    private final TextArea rationale = new TextArea("Rationale");
    private final Div preview = new Div();
    private final TextField claimant = new TextField("Claimant");
    private final TextField claimReviewed = new TextField("Published wording");
    private final DatePicker claimDate = org.factdesk.base.ui.DateFields.accepting(new DatePicker("Claim date"));
    private final TextField tags = new TextField("Tags");
    private final ComboBox<Member> assignee = new ComboBox<>("Assignee");
    private final DatePicker due = org.factdesk.base.ui.DateFields.accepting(new DatePicker("Due"));
    private List<Member> members = List.of();
    private boolean reading;

    /** {@code edited} runs on every change an editor makes, not when a review is read in. */
    ReviewDataForm(Runnable edited) {
        rationale.setWidthFull();
        rationale.setMinHeight("9rem");
        rationale.setPlaceholder("Why this verdict? Markdown: **bold**, _italic_, [link](https://…), lists.");
        rationale.setValueChangeMode(ValueChangeMode.LAZY);
        rationale.addValueChangeListener(e -> showPreview());
        preview.addClassName("fd-preview");
        claimant.setWidth("16rem");
        tags.setPlaceholder("comma, separated");
        tags.setWidth("16rem");
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setClearButtonVisible(true);
        claimReviewed.setWidthFull();
        claimReviewed.setMaxLength(ReviewData.CLAIM_REVIEWED_MAX);
        claimReviewed.setHelperText("How a published fact-check (ClaimReview) words the claim; empty: the quote.");
        for (var field : List.of(claimant, tags, claimReviewed)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }

        binder.forField(verdict).bind(ReviewField.VERDICT.component());
        binder.forField(rationale)
                .withValidator(new StringLengthValidator("The rationale is longer than 100,000 characters. Link "
                        + "longer material as evidence.", 0, ReviewData.RATIONALE_MAX))
                .bind(ReviewField.RATIONALE.component());
        binder.forField(claimant)
                .withValidator(new StringLengthValidator("The claimant is longer than " + ReviewData.CLAIMANT_MAX
                        + " characters. Name the person or body only.", 0, ReviewData.CLAIMANT_MAX))
                .withConverter(Blanks::toNull, ReviewDataForm::blank)
                .bind(ReviewField.CLAIMANT.component());
        binder.forField(claimDate).withValidator(ReviewDataForm::fourDigitYear, "Give a year from 1000 to 9999.")
                .bind(ReviewField.CLAIM_DATE.component());
        binder.forField(tags)
                .withConverter(ReviewDataForm::tagList, list -> list == null ? "" : String.join(", ", list))
                .withValidator(list -> list.size() <= ReviewData.TAGS_MAX, "A claim has at most " + ReviewData.TAGS_MAX + " tags.")
                .withValidator(list -> list.stream().allMatch(t -> t.length() <= ReviewData.TAG_MAX),
                        "A tag has at most " + ReviewData.TAG_MAX + " characters; separate tags with commas.")
                .bind(ReviewField.TAGS.component());
        binder.forField(assignee)
                .withConverter(m -> m == null ? null : m.userId(), id -> member(id).orElse(null))
                .bind(ReviewField.ASSIGNEE.component());
        binder.forField(due).withValidator(ReviewDataForm::fourDigitYear, "Give a year from 1000 to 9999.")
                .bind(ReviewField.DUE_DATE.component());
        binder.forField(claimReviewed)
                .withValidator(new StringLengthValidator("The published wording is longer than "
                        + ReviewData.CLAIM_REVIEWED_MAX + " characters. Shorten it to the claim itself.", 0, ReviewData.CLAIM_REVIEWED_MAX))
                .withConverter(Blanks::toNull, ReviewDataForm::blank)
                .bind(ReviewField.CLAIM_REVIEWED.component());
        binder.addValueChangeListener(e -> {
            if (!reading) {
                edited.run();
            }
        });

        var fields = new Div(claimant, claimDate, tags, assignee, due);
        fields.addClassName("fd-review-fields");
        getContent().add(new H2("Verdict"), verdict, rationale, preview, fields, claimReviewed);
        getContent().addClassNames("fd-side-section", "fd-review-form");
    }

    /** The claim's own words, shown where the review leaves them. */
    void showClaim(Claim claim, List<RatingLevel> levels, List<Member> projectMembers) {
        var facts = claim.data().facts();
        claimant.setPlaceholder(facts.claimant() == null ? "" : facts.claimant());
        claimReviewed.setPlaceholder(ClaimView.abbreviate(claim.data().quote(), 120));
        verdict.setLevels(levels);
        members = projectMembers;
        assignee.setItems(projectMembers);
    }

    /** Shows {@code data} without counting as an edit. */
    void read(ReviewData data) {
        reading = true;
        try {
            binder.readBean(data);
        } finally {
            reading = false;
        }
        showPreview();
    }

    /** The form as a review, if every field is valid; otherwise the fields say what to fix. */
    Optional<ReviewData> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    void toggleVerdict(long id) {
        verdict.toggle(id);
    }

    /** Places the form's actions inside its section, under the fields. */
    void addActions(Component actions) {
        getContent().add(actions);
    }

    Optional<Member> member(UserId id) {
        return members.stream().filter(m -> m.userId().equals(id)).findFirst();
    }

    private void showPreview() {
        preview.removeAll();
        if (!rationale.getValue().isBlank()) {
            preview.add(new Html(MarkdownPreview.html(rationale.getValue())));
        }
    }

    private static List<String> tagList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static boolean fourDigitYear(LocalDate date) {
        return date == null || date.getYear() >= 1000 && date.getYear() <= 9999;
    }
}
