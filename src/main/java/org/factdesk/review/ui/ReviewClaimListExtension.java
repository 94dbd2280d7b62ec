package org.factdesk.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimListExtension;
import org.factdesk.review.ReviewService;
import org.factdesk.team.Member;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectService;

/** The claims list's verdict filter and bulk assigning, which belong to review. */
@org.springframework.stereotype.Component
class ReviewClaimListExtension implements ClaimListExtension {

    private final ReviewService reviews;
    private final ProjectService projects;

    ReviewClaimListExtension(ReviewService reviews, ProjectService projects) {
        this.reviews = reviews;
        this.projects = projects;
    }

    @Override
    public Map<Long, String> verdicts(ProjectId project) {
        var byId = new LinkedHashMap<Long, String>();
        reviews.scale(project).levels().forEach(l -> byId.put(l.id(), l.label()));
        return byId;
    }

    @Override
    public List<com.vaadin.flow.component.Component> bulkActions(ProjectId project, Supplier<Set<ClaimId>> selected,
                                                                  Runnable done) {
        var assign = new ComboBox<Member>();
        assign.setPlaceholder("Assign to…");
        assign.setAriaLabel("Assign the selected claims to");
        assign.setItems(projects.members(project));
        assign.setItemLabelGenerator(Member::displayName);
        assign.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            int n = reviews.assign(selected.get(), e.getValue().userId());
            Notifications.success(n + (n == 1 ? " claim" : " claims") + " assigned to " + e.getValue().displayName() + ".");
            assign.clear();
            done.run();
        });
        return List.of(assign);
    }
}
