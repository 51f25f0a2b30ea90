package cn.edutrack.query.project.projection;

import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.project.RecheckRecorded;
import cn.edutrack.events.project.RectificationOrdered;
import cn.edutrack.query.readmodel.ReadModelTables;
import java.sql.Types;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the supervisors' rectification orders ({@code rectification_order}): an order opens a row; a re-check of it
 * closes it ({@code RECTIFIED}, on the re-check's business date) or, not rectified with a new deadline, moves its
 * deadline. Live tables or scratch ones; runs inside the projection's (or the replay's) transaction.
 */
final class RectificationOrders {

    static final String OPEN = "OPEN";
    static final String RECTIFIED = "RECTIFIED";

    private final JdbcClient jdbc;

    RectificationOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The command side numbers a project's orders 1, 2, 3...; an order number seen again changes nothing. */
    void open(ReadModelTables tables, RectificationOrdered e, long sequence) {
        jdbc.sql("""
                        insert into %s (project_id, order_number, ordered_on, issuing_body, findings,
                            deadline, original_deadline, status, ordered_sequence)
                        values (:projectId, :orderNumber, :orderedOn, :issuingBody, :findings, :deadline, :deadline,
                            :status, :sequence)
                        on conflict (project_id, order_number) do nothing
                        """.formatted(tables.rectificationOrder()))
                .param("projectId", e.projectId().value())
                .param("orderNumber", e.orderNumber())
                .param("orderedOn", e.businessDate())
                .param("issuingBody", e.issuingBody())
                .param("findings", e.findings())
                .param("deadline", e.deadline())
                .param("status", OPEN)
                .param("sequence", sequence)
                .update();
    }

    /**
     * The re-check of an order: counted; {@code RECTIFIED} closes the order, {@code NOT_RECTIFIED} with a new deadline
     * moves it (without one the deadline stands). A re-check of an order this projection does not hold changes only
     * the timeline.
     */
    void recheck(ReadModelTables tables, RecheckRecorded e) {
        boolean rectified = e.result() == RecheckResult.RECTIFIED;
        jdbc.sql("""
                        update %s set
                            rechecks = rechecks + 1,
                            last_recheck_on = :on,
                            last_recheck_result = :result,
                            last_recheck_findings = :findings,
                            deadline = coalesce(:newDeadline, deadline),
                            status = case when :rectified then :rectifiedStatus else status end,
                            closed_on = case when :rectified then :on else closed_on end
                        where project_id = :projectId and order_number = :orderNumber
                        """.formatted(tables.rectificationOrder()))
                .param("on", e.businessDate())
                .param("result", e.result().name())
                .param("findings", e.findings())
                .param("newDeadline", new SqlParameterValue(Types.DATE, e.newDeadline()))
                .param("rectified", rectified)
                .param("rectifiedStatus", RECTIFIED)
                .param("projectId", e.projectId().value())
                .param("orderNumber", e.orderNumber())
                .update();
    }
}
