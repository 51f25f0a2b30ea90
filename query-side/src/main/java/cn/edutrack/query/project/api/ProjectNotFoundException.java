package cn.edutrack.query.project.api;

import cn.edutrack.query.web.ResourceNotFoundException;

/** No project with this id has been projected (it may not exist, or its registration has not arrived yet). */
class ProjectNotFoundException extends ResourceNotFoundException {

    ProjectNotFoundException(String projectId) {
        super("no project " + projectId);
    }
}
