package org.factdesk.review.ui;

import org.factdesk.source.ui.SourceNavigation;
import org.factdesk.claim.ui.ClaimNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimSort;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.Evidence;
import org.factdesk.review.EvidenceData;
import org.factdesk.review.EvidenceKind;
import org.factdesk.review.EvidenceRelation;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.ProjectId;

/** The evidence for and against a claim, and a form to add more. Links show as text, never as live markup. */
class EvidenceSection extends Div {

    private final DiscussionService discussion;
    private final ClaimId claimId;
    private final boolean canEdit;
    private final Div list = new Div();
    private final Div extras = new Div();

    EvidenceSection(DiscussionService discussion, DocumentService documents, ClaimService claims, ProjectId projectId,
                    ClaimId claimId, boolean canEdit) {
        this.discussion = discussion;
        this.claimId = claimId;
        this.canEdit = canEdit;
        addClassNames("fd-side-section", "fd-evidence");
        list.addClassName("fd-evidence-list");
        extras.addClassName("fd-evidence-extras");
        add(new H2("Evidence"), list, extras);
        if (canEdit) {
            add(form(documents, claims, projectId));
        }
        refresh();
    }

    /** Evidence another module keeps up to date, such as the claims of other sources linked to this one. */
    void addExtra(com.vaadin.flow.component.Component lines) {
        extras.add(lines);
    }

    private Div form(DocumentService documents, ClaimService claims, ProjectId projectId) {
        var kind = new Select<EvidenceKind>();
        kind.setLabel("Kind");
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case URL -> "Web page";
            case DOCUMENT -> "Document";
            case CLAIM -> "Other claim";
        });
        kind.setValue(EvidenceKind.URL);
        var relation = new Select<EvidenceRelation>();
        relation.setLabel("Relation");
        relation.setItems(EvidenceRelation.values());
        relation.setItemLabelGenerator(EvidenceRelation::label);
        relation.setValue(EvidenceRelation.SUPPORTS);
        var url = new TextField("Address");
        url.setPlaceholder("https://…");
        var title = new TextField("Title");
        var accessed = new DatePicker("Accessed");
        var document = new ComboBox<Document>("Document");
        document.setItems(documents.list(projectId));
        document.setItemLabelGenerator(d -> d.data().title());
        var claim = new ComboBox<ClaimRow>("Claim");
        claim.setItems(claims.find(projectId, ClaimQuery.all(), ClaimSort.SCORE, 0, 500).stream()
                .filter(r -> !r.id().equals(claimId)).toList());
        claim.setItemLabelGenerator(r -> r.quote().length() > 90 ? r.quote().substring(0, 89) + "…" : r.quote());
        var note = new TextField("Note");
        note.setWidth("18rem");
        Runnable showFields = () -> {
            url.setVisible(kind.getValue() == EvidenceKind.URL);
            title.setVisible(kind.getValue() == EvidenceKind.URL);
            accessed.setVisible(kind.getValue() == EvidenceKind.URL);
            document.setVisible(kind.getValue() == EvidenceKind.DOCUMENT);
            claim.setVisible(kind.getValue() == EvidenceKind.CLAIM);
        };
        kind.addValueChangeListener(e -> showFields.run());
        showFields.run();
        var add = new Button("Add evidence", e -> {
            try {
                discussion.addEvidence(claimId, new EvidenceData(kind.getValue(), url.getValue(), title.getValue(),
                        accessed.getValue(), null, document.getValue() == null ? null : document.getValue().id(),
                        claim.getValue() == null ? null : claim.getValue().id(), relation.getValue(), note.getValue()));
                url.clear();
                title.clear();
                note.clear();
                document.clear();
                claim.clear();
                Notifications.success("Evidence added.");
                refresh();
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var form = new Div(kind, relation, url, title, accessed, document, claim, note, add);
        form.addClassName("fd-evidence-form");
        return form;
    }

    private static String href(Evidence item) {
        var d = item.data();
        return switch (d.kind()) {
            case URL -> d.url();
            case DOCUMENT -> SourceNavigation.document(d.document());
            case CLAIM -> ClaimNavigation.claim(d.otherClaim());
        };
    }

    void refresh() {
        list.removeAll();
        var items = discussion.evidence(claimId);
        if (items.isEmpty()) {
            var empty = new Span("No evidence added yet.");
            empty.addClassName("fd-muted");
            list.add(empty);
        }
        for (Evidence item : items) {
            var relation = new Span(item.data().relation().label());
            relation.addClassNames("fd-relation", "fd-relation-" + item.data().relation().name().toLowerCase());
            var label = new Anchor(href(item), item.label());
            label.addClassName("fd-evidence-label");
            var row = new Div(relation, label);
            row.addClassName("fd-evidence-item");
            if (item.data().url() != null) {
                // a page of the web opens beside the desk, and learns nothing of it
                label.setTarget("_blank");
                label.getElement().setAttribute("rel", "noopener noreferrer");
                var url = new Span(item.data().url());
                url.addClassName("fd-evidence-url");
                row.add(url);
            }
            if (item.data().note() != null && !item.data().note().isBlank()) {
                var note = new Span(item.data().note());
                note.addClassName("fd-muted");
                row.add(note);
            }
            if (canEdit) {
                var remove = new Button("Remove", e -> {
                    discussion.removeEvidence(item.id(), item.version());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            list.add(row);
        }
    }
}
