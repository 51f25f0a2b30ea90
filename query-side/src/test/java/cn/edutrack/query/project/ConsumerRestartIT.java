package cn.edutrack.query.project;

import static cn.edutrack.query.support.TestEvents.approved;
import static cn.edutrack.query.support.TestEvents.constructionStarted;
import static cn.edutrack.query.support.TestEvents.funded;
import static cn.edutrack.query.support.TestEvents.progress;
import static cn.edutrack.query.support.TestEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.infra.Infrastructure;
import cn.edutrack.infra.PostgresDatabase;
import cn.edutrack.query.QuerySideApplication;
import cn.edutrack.query.support.EventProducer;
import cn.edutrack.query.support.ProjectStory;
import cn.edutrack.query.support.TestUsers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer is down while events are published: they wait on the topic and are projected, once each,
 * when the application starts. The application is started and stopped by the test itself (not by the
 * Spring test framework) so that "before it starts" and "while it is down" are plain facts of the test.
 */
class ConsumerRestartIT {

    private static final String DISTRICT = "CN-45/XX市/ZZ区";

    @Test
    void eventsPublishedBeforeStartAndWhileDownAreProjectedOnStart() {
        PostgresDatabase database = Infrastructure.get().newDatabase("query_restart");
        String groupId = "edutrack-query-side-restart-" + UUID.randomUUID();
        ProjectStory early = new ProjectStory();
        ProjectStory late = new ProjectStory();

        try (EventProducer producer = new EventProducer(Infrastructure.get().kafkaBootstrapServers())) {
            producer.send(
                    early.next(registered(ProjectKind.NEW_BUILD, "停机测试小学", DISTRICT, new Capacity(540, 2, 12), "2022-01-01")),
                    early.next(approved("8000000.00", "2022-04-01", "2023-08-31", "2022-02-01")),
                    early.next(funded(FundingSource.MUNICIPAL_FISCAL, "2500000.75", "2022-03-01")));

            try (ConfigurableApplicationContext application = start(database, groupId)) {
                awaitVersion(application, early.idValue(), 2);
            }

            producer.send(
                    early.next(constructionStarted("2022-04-02")),
                    early.next(progress(30, "2022-06-30")),
                    late.next(registered(ProjectKind.EXPANSION, "停机期间登记的中学", DISTRICT, new Capacity(900, 3, 18), "2022-05-01")),
                    late.next(approved("12000000.00", "2022-07-01", "2023-12-31", "2022-06-01")));

            try (ConfigurableApplicationContext application = start(database, groupId)) {
                awaitVersion(application, early.idValue(), 4);
                awaitVersion(application, late.idValue(), 1);
                JdbcClient jdbc = application.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from project_timeline where project_id = ?").param(early.idValue())
                        .query(Long.class).single()).isEqualTo(5);
                assertThat(jdbc.sql("select status from project_summary where project_id = ?").param(early.idValue())
                        .query(String.class).single()).isEqualTo("UNDER_CONSTRUCTION");
                assertThat(jdbc.sql("select status from project_summary where project_id = ?").param(late.idValue())
                        .query(String.class).single()).isEqualTo("APPROVED");
            }
        }
    }

    private static ConfigurableApplicationContext start(PostgresDatabase database, String groupId) {
        return new SpringApplicationBuilder(QuerySideApplication.class).run(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + Infrastructure.get().kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=" + groupId,
                "--edutrack.security.mode=local",
                "--edutrack.security.users-file=" + TestUsers.location(),
                "--server.port=0");
    }

    private static void awaitVersion(ConfigurableApplicationContext application, String projectId, long sequence) {
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.sql("select version from project_summary where project_id = ?").param(projectId)
                        .query(Long.class).optional().orElse(-1L),
                version -> version >= sequence);
    }
}
