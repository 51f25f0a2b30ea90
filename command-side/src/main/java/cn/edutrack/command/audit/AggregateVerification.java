package cn.edutrack.command.audit;

import java.util.List;

/**
 * The verification of one aggregate's stored events against its seals.
 *
 * @param events   rows stored for the aggregate
 * @param sealed   rows with a matching seal
 * @param intact   no problems
 * @param problems what is wrong, by sequence number
 */
public record AggregateVerification(String aggregateId, int events, int sealed, boolean intact,
                                    List<Problem> problems) {

    /** One problem, at a sequence number of the aggregate. */
    public record Problem(long sequenceNumber, ProblemKind kind, String detail) {
    }
}
