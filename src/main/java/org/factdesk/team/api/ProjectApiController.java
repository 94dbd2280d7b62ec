package org.factdesk.team.api;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.factdesk.base.InvalidInputException;
import org.factdesk.team.Member;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.ProjectService;
import org.factdesk.team.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectApiController {

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    record ProjectJson(long id, String name, String description, boolean archived, String role, int version) {
        static ProjectJson of(MyProject p) {
            var data = p.project().data();
            return new ProjectJson(p.id().value(), data.name(), data.description(), data.archived(), p.role().name(),
                    p.project().version());
        }
    }

    record NewProjectJson(String name, String description) {
    }

    @GetMapping
    List<ProjectJson> list() {
        return projects.listMine(true).stream().map(ProjectJson::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(@RequestBody NewProjectJson body) {
        return ProjectJson.of(projects.create(body.name(), body.description()));
    }

    record MemberJson(long userId, String login, String name, String role, int version) {
        static MemberJson of(Member m) {
            return new MemberJson(m.userId().value(), m.login(), m.displayName(), m.role().name(), m.version());
        }
    }

    record RoleJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProjectRole role) {
    }

    @Operation(summary = "Add a member or change their role (owners)",
            description = "201 when the user was added, 200 when they were a member already.")
    @ApiResponse(responseCode = "200", description = "The role was changed or already this one")
    @ApiResponse(responseCode = "201", description = "The user was added")
    @PutMapping(path = "/{projectId}/members/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MemberJson> putMember(@PathVariable long projectId, @PathVariable long userId,
                                         @RequestBody RoleJson body) {
        if (body.role() == null) {
            throw new InvalidInputException("role", "Send the role: OWNER, EDITOR, REVIEWER or VIEWER.");
        }
        var set = projects.putMember(new ProjectId(projectId), new UserId(userId), body.role());
        return ResponseEntity.status(set.added() ? HttpStatus.CREATED : HttpStatus.OK).body(MemberJson.of(set.member()));
    }

    @Operation(summary = "Remove a member (owners); a project keeps at least one owner")
    @DeleteMapping("/{projectId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable long projectId, @PathVariable long userId) {
        projects.removeMember(new ProjectId(projectId), new UserId(userId));
    }
}
