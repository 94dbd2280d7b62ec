package org.factdesk.team.api;

import java.util.List;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectService;
import org.springframework.http.HttpStatus;
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(@RequestBody NewProjectJson body) {
        return ProjectJson.of(projects.create(body.name(), body.description()));
    }
}
