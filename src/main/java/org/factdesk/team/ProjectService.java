package org.factdesk.team;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.factdesk.base.AuditLog;
import org.factdesk.base.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ProjectService {

    static final int MAX_NAME = 120;

    private final JdbcProjectRepository projects;
    private final JdbcMembershipRepository memberships;
    private final JdbcUserRepository users;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ProjectService(JdbcProjectRepository projects, JdbcMembershipRepository memberships, JdbcUserRepository users,
                   ProjectAccess access, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyProject> listMine(boolean includeArchived) {
        return projects.findAllForMember(currentUser.requireId(), includeArchived);
    }

    @Transactional(readOnly = true)
    public MyProject get(ProjectId id) {
        return access.requireRead(id);
    }

    /** Creates a project with the current user as its owner. */
    public MyProject create(String name, String description) {
        var me = currentUser.requireId();
        var data = new ProjectData(requireName(name), description == null ? "" : description.trim(), false);
        var id = projects.insert(data, clock.instant());
        memberships.insert(id, me, ProjectRole.OWNER, clock.instant());
        audit.record(me.value(), id.value(), "project", id, "created", null, data);
        audit.record(me.value(), id.value(), "membership", id + "/" + me, "added", null, Map.of("role", "OWNER"));
        return access.requireRead(id);
    }

    public MyProject rename(ProjectId id, int version, String name, String description) {
        var before = access.requireManage(id).project().data();
        var after = new ProjectData(requireName(name), description == null ? "" : description.trim(), before.archived());
        projects.update(id, version, after, clock.instant());
        audit.record(currentUser.requireId().value(), id.value(), "project", id, "renamed", before, after);
        return access.requireRead(id);
    }

    public MyProject setArchived(ProjectId id, int version, boolean archived) {
        var before = access.requireManage(id).project().data();
        var after = new ProjectData(before.name(), before.description(), archived);
        projects.update(id, version, after, clock.instant());
        audit.record(currentUser.requireId().value(), id.value(), "project", id, archived ? "archived" : "restored",
                before, after);
        return access.requireRead(id);
    }

    @Transactional(readOnly = true)
    public List<Member> members(ProjectId id) {
        access.requireRead(id);
        return memberships.members(id);
    }

    public Member addMember(ProjectId id, String login, ProjectRole role) {
        access.requireManage(id);
        var user = users.findByLogin(login == null ? "" : login)
                .filter(u -> u.data().enabled())
                .orElseThrow(() -> new InvalidInputException("There is no active user \"" + login
                        + "\". An admin can create the account on the Users page."));
        if (memberships.roleOf(id, user.id()).isPresent()) {
            throw new InvalidInputException(user.data().displayName() + " is already a member. Change their role instead.");
        }
        memberships.insert(id, user.id(), requireRole(role), clock.instant());
        audit.record(currentUser.requireId().value(), id.value(), "membership", id + "/" + user.id(), "added", null,
                Map.of("user", user.data().login(), "role", role.name()));
        return memberships.member(id, user.id()).orElseThrow();
    }

    public Member changeRole(ProjectId id, UserId userId, int version, ProjectRole role) {
        access.requireManage(id);
        var member = requireMember(id, userId);
        if (member.role() == ProjectRole.OWNER && role != ProjectRole.OWNER && memberships.countOwners(id) == 1) {
            throw new InvalidInputException("A project needs at least one owner. Make someone else owner first.");
        }
        memberships.updateRole(id, userId, version, requireRole(role), clock.instant());
        audit.record(currentUser.requireId().value(), id.value(), "membership", id + "/" + userId, "role-changed",
                Map.of("role", member.role().name()), Map.of("role", role.name()));
        return memberships.member(id, userId).orElseThrow();
    }

    public void removeMember(ProjectId id, UserId userId, int version) {
        access.requireManage(id);
        var member = requireMember(id, userId);
        if (member.role() == ProjectRole.OWNER && memberships.countOwners(id) == 1) {
            throw new InvalidInputException("A project needs at least one owner. Make someone else owner first.");
        }
        memberships.delete(id, userId, version);
        audit.record(currentUser.requireId().value(), id.value(), "membership", id + "/" + userId, "removed",
                Map.of("user", member.login(), "role", member.role().name()), null);
    }

    /** A member and whether this call added them (rather than changing the role of one already there). */
    public record MemberSet(Member member, boolean added) {
    }

    /**
     * Makes the user a member with this role: adds them, or changes the role they have. For scripts
     * that state the membership they want and need not know whether it exists yet.
     */
    public MemberSet putMember(ProjectId id, UserId userId, ProjectRole role) {
        access.requireManage(id);
        requireRole(role);
        var existing = memberships.member(id, userId);
        if (existing.isPresent()) {
            if (existing.get().role() == role) {
                return new MemberSet(existing.get(), false);
            }
            return new MemberSet(changeRole(id, userId, existing.get().version(), role), false);
        }
        var user = users.findById(userId).filter(u -> u.data().enabled())
                .orElseThrow(() -> new org.factdesk.base.NotFoundException("There is no active user " + userId
                        + ". An admin creates accounts (POST /api/users)."));
        memberships.insert(id, userId, role, clock.instant());
        audit.record(currentUser.requireId().value(), id.value(), "membership", id + "/" + userId, "added", null,
                Map.of("user", user.data().login(), "role", role.name()));
        return new MemberSet(memberships.member(id, userId).orElseThrow(), true);
    }

    /** Removes the member, whatever version their membership has; a project keeps at least one owner. */
    public void removeMember(ProjectId id, UserId userId) {
        access.requireManage(id);
        var member = memberships.member(id, userId).orElseThrow(() -> new org.factdesk.base.NotFoundException(
                "User " + userId + " is not a member of this project."));
        removeMember(id, userId, member.version());
    }

    private Member requireMember(ProjectId id, UserId userId) {
        return memberships.member(id, userId)
                .orElseThrow(() -> new InvalidInputException("That user is no longer a member. Reload the page."));
    }

    private static ProjectRole requireRole(ProjectRole role) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role: OWNER, EDITOR, REVIEWER or VIEWER.");
        }
        return role;
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("A project needs a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("A project name has at most " + MAX_NAME + " characters.");
        }
        return clean;
    }
}
