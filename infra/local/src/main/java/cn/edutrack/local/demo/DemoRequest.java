package cn.edutrack.local.demo;

import java.time.LocalDate;

/**
 * One POST to the command side. Requests of the same {@code lane} (a project, a plan's measurements, the plan imports)
 * are sent in order; lanes are independent of each other, except that plan imports go first.
 *
 * @param operation      what it does: {@code plan-import}, {@code register}, {@code plan-assignment}, {@code approval},
 *                       {@code allocations}, ..., {@code measurement}
 * @param path           path and query, e.g. {@code /api/projects/PRJ-000-02-01/approval}
 * @param idempotencyKey fixed for the request, so sending it again records nothing
 * @param contentType    {@code application/json}, or {@code application/yaml} for a plan file
 * @param businessDate   the date of the fact it records; null for a plan import
 * @param user           the local user it is sent as ({@link DemoUsers}): the manager of the project's owner for its
 *                       registration and lifecycle, the administrator of the plan's jurisdiction for a plan import,
 *                       a plan assignment or a measurement, the supervisor of the project's district or county for a
 *                       rectification order, a summons or a re-check
 */
public record DemoRequest(String lane, String operation, String path, String idempotencyKey, String contentType,
                          String body, LocalDate businessDate, String user) {

    public static final String PLAN_IMPORTS = "plan-imports";

    public boolean isPlanImport() {
        return lane.equals(PLAN_IMPORTS);
    }
}
