package cn.edutrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** An unexpected failure is answered with a bare problem: no message, no exception, no SQL, no stack trace. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void anUnexpectedFailureIsABare500() {
        RuntimeException failure = new IllegalStateException("ERROR: relation \"domainevententry\" does not exist",
                new SQLException("SELECT * FROM domainevententry WHERE aggregateidentifier = 'PRJ-1'", "42P01"));

        ProblemDetail problem = advice.unexpected(failure);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType().toString()).isEqualTo("urn:edutrack:problem:internal");
        assertThat(problem.getDetail()).isEqualTo("an unexpected error occurred; nothing was recorded");
        assertThat(problem.getProperties()).isNullOrEmpty();
        assertThat(problem.toString()).doesNotContain("SELECT", "domainevententry", "IllegalState", "SQL", "42P01");
    }

    @Test
    void anEventStoreFailureIsA503WithoutItsCause() {
        ProblemDetail problem = advice.eventStore(new EventStoreException("insert failed",
                new SQLException("INSERT INTO domainevententry ...", "08006")));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.toString()).doesNotContain("INSERT", "domainevententry", "SQL", "08006");
    }
}
