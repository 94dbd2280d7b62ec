package org.factdesk.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.base.Blanks;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.DocumentService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.Member;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectService;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence, comments with @mentions, and the notifications they and assignments send, in the caller's transaction.
 * Every change is a revision in the claim's history. Review requests and changed sources are told after the commit,
 * by {@link ReviewNotifications}.
 */
@Service
@Transactional
public class DiscussionService {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([A-Za-z0-9._@-]{2,64})");

    private final JdbcDiscussionRepository discussion;
    private final JdbcReviewRepository reviews;
    private final ClaimService claims;
    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ReviewSignals signals;
    private final Clock clock;

    DiscussionService(JdbcDiscussionRepository discussion, JdbcReviewRepository reviews, ClaimService claims,
                      DocumentService documents, ProjectService projects, CurrentUser currentUser,
                      ReviewSignals signals, Clock clock) {
        this.discussion = discussion;
        this.signals = signals;
        this.reviews = reviews;
        this.claims = claims;
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Evidence> evidence(ClaimId claimId) {
        claims.get(claimId);
        return discussion.evidence(claimId);
    }

    public Evidence addEvidence(ClaimId claimId, EvidenceData data) {
        var claim = claims.getForEdit(claimId);
        var clean = validate(claim.data().projectId(), data);
        long id = discussion.insertEvidence(claimId, clean, currentUser.requireId(), clock.instant());
        reviews.addRevision(claimId, RevisionEntity.EVIDENCE, id, currentUser.requireId(), ReviewAction.EVIDENCE_ADDED,
                Map.of(RevisionEntity.EVIDENCE.key(), describe(clean)), null, clock.instant());
        signals.changed(claimId, ReviewSignals.Kind.DISCUSSION);
        return discussion.evidence(claimId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    public void removeEvidence(long evidenceId, int version) {
        var claimId = discussion.evidenceClaim(evidenceId)
                .orElseThrow(() -> new NotFoundException("That evidence item is gone already."));
        var claim = claims.getForEdit(claimId);
        var item = discussion.evidence(claimId).stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow();
        discussion.deleteEvidence(evidenceId, version, clock.instant());
        reviews.addRevision(claimId, RevisionEntity.EVIDENCE, evidenceId, currentUser.requireId(),
                ReviewAction.EVIDENCE_REMOVED, Map.of(RevisionEntity.EVIDENCE.key(), describe(item.data())), null, clock.instant());
        signals.changed(claimId, ReviewSignals.Kind.DISCUSSION);
    }

    private EvidenceData validate(ProjectId projectId, EvidenceData d) {
        if (d.kind() == null || d.relation() == null) {
            throw new InvalidInputException("Say what kind of evidence it is and whether it supports, refutes or gives context.");
        }
        org.factdesk.base.TextLimits.require("The note", d.note(), 5_000);
        switch (d.kind()) {
            case URL -> {
                String url = d.url() == null ? "" : d.url().strip();
                if (!org.factdesk.base.WebAddress.isWeb(url)) {
                    throw new InvalidInputException("Evidence links start with http:// or https://.");
                }
                org.factdesk.base.TextLimits.require("The address", url, 2_000);
                org.factdesk.base.TextLimits.require("The title", d.title(), 500);
                return new EvidenceData(d.kind(), url, Blanks.toNull(d.title()), d.accessedOn(),
                        org.factdesk.base.WebAddress.require("The archived copy's address", d.archivedUrl()), null, null,
                        d.relation(), d.note());
            }
            case DOCUMENT -> {
                if (d.document() == null || !documents.get(d.document()).projectId().equals(projectId)) {
                    throw new InvalidInputException("Choose a document of this project.");
                }
                return new EvidenceData(d.kind(), null, null, null, null, d.document(), null, d.relation(), d.note());
            }
            default -> {
                if (d.otherClaim() == null || !claims.get(d.otherClaim()).data().projectId().equals(projectId)) {
                    throw new InvalidInputException("Choose a claim of this project.");
                }
                return new EvidenceData(d.kind(), null, null, null, null, null, d.otherClaim(), d.relation(), d.note());
            }
        }
    }

    /** Evidence in the words its history keeps: what it is, by title or quote, never by a bare id. */
    private String describe(EvidenceData d) {
        return d.relation().label() + ": " + switch (d.kind()) {
            case URL -> d.title() == null ? d.url() : d.title() + " (" + d.url() + ")";
            case DOCUMENT -> documents.get(d.document()).data().title();
            case CLAIM -> "“" + abbreviate(claims.get(d.otherClaim()).data().quote()) + "”";
        };
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(ClaimId claimId) {
        claims.get(claimId);
        // a blind reviewer of an agreement round reads no colleague's opinion before giving their own
        return claims.verdictHidden(claimId) ? List.of() : discussion.comments(claimId);
    }

    /** Adds a comment, a reply when {@code parentId} is set; @login mentions of members notify them. */
    public Comment comment(ClaimId claimId, Long parentId, String body) {
        var claim = claims.getForEdit(claimId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("Write something first.");
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException("A comment has at most 20,000 characters.");
        }
        Long thread = null;
        if (parentId != null) {
            var parent = discussion.comment(parentId).filter(c -> discussion.commentClaim(c.id()).orElseThrow()
                    .equals(claimId)).orElseThrow(() -> new InvalidInputException("That comment is not on this claim."));
            thread = parent.parentId() == null ? parent.id() : parent.parentId();
        }
        var me = currentUser.requireId();
        long id = discussion.insertComment(claimId, thread, me, text, clock.instant());
        reviews.addRevision(claimId, RevisionEntity.COMMENT, id, me, ReviewAction.COMMENTED,
                Map.of(RevisionEntity.COMMENT.key(), text), null, clock.instant());
        signals.changed(claimId, ReviewSignals.Kind.DISCUSSION);
        var members = projects.members(claim.data().projectId());
        for (UserId mentioned : mentioned(text, members)) {
            if (!mentioned.equals(me)) {
                notifyUser(mentioned, claim.data().projectId(), claimId, NotificationKind.MENTION,
                        currentUser.require().displayName() + " mentioned you: " + abbreviate(text), me, clock.instant());
            }
        }
        return discussion.comment(id).orElseThrow();
    }

    /** The @logins in {@code text} that name nobody in the project: they are not told, and the writer should know. */
    public static List<String> strangers(String text, List<Member> members) {
        var logins = new java.util.HashSet<String>();
        members.forEach(m -> logins.add(m.login().toLowerCase()));
        return mentions(text).stream().filter(login -> !logins.contains(login.toLowerCase())).toList();
    }

    static Set<UserId> mentioned(String text, List<Member> members) {
        var byLogin = new LinkedHashMap<String, UserId>();
        members.forEach(m -> byLogin.put(m.login().toLowerCase(), m.userId()));
        var found = new LinkedHashSet<UserId>();
        for (String login : mentions(text)) {
            var user = byLogin.get(login.toLowerCase());
            if (user != null) {
                found.add(user);
            }
        }
        return found;
    }

    /** Each @login written in the text, once, as written (a sentence's full stop is not part of it). */
    private static Set<String> mentions(String text) {
        var found = new LinkedHashSet<String>();
        var m = MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1).replaceAll("[.]+$", ""));
        }
        return found;
    }

    public void resolveThread(long threadId, int version, boolean resolved) {
        var claimId = discussion.commentClaim(threadId).orElseThrow(() -> new NotFoundException("No such comment."));
        var claim = claims.getForEdit(claimId);
        discussion.setResolved(threadId, version, resolved, clock.instant());
        reviews.addRevision(claimId, RevisionEntity.COMMENT, threadId, currentUser.requireId(),
                resolved ? ReviewAction.THREAD_RESOLVED : ReviewAction.THREAD_REOPENED, Map.of(), null, clock.instant());
        signals.changed(claimId, ReviewSignals.Kind.DISCUSSION);
    }

    /** Tells a claim's new assignee, unless they assigned it to themselves; in the caller's transaction. */
    void assigned(Claim claim, UserId assignee) {
        var me = currentUser.requireId();
        if (assignee != null && !assignee.equals(me)) {
            notifyUser(assignee, claim.data().projectId(), claim.id(), NotificationKind.ASSIGNED, currentUser.require().displayName()
                    + " assigned you a claim: " + abbreviate(claim.data().quote()), me, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public int unreadNotifications() {
        return discussion.unread(currentUser.requireId());
    }

    @Transactional(readOnly = true)
    public List<Notification> notifications() {
        return discussion.notifications(currentUser.requireId(), 50);
    }

    public void markAllRead() {
        discussion.markAllRead(currentUser.requireId(), clock.instant());
    }

    /** A claim's wording or a comment short enough for the bell. */
    static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    private void notifyUser(UserId user, ProjectId projectId, ClaimId claimId, NotificationKind kind, String message, UserId from,
                            java.time.Instant at) {
        discussion.notify(user, projectId, claimId, kind, message, from, at);
        signals.notified(user);
    }
}
