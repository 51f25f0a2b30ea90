package cn.edutrack.command.project.domain;

/** Where a project stands on its track, as far as the rules care. */
enum Stage {
    PLANNED,
    APPROVED,
    UNDER_CONSTRUCTION,
    COMPLETED,
    HANDED_OVER,
    ACCEPTANCE_FAILED,
    ACCEPTED,
    IN_SERVICE,
    LAUNCHED,
    EVALUATED,
    CONCLUDED,
    APPLIED,
    GRANTED,
    REJECTED,
    CANCELLED;

    boolean isClosed() {
        return this == IN_SERVICE || this == CONCLUDED || this == GRANTED || this == CANCELLED;
    }
}
