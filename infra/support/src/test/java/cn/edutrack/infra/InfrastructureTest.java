package cn.edutrack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class InfrastructureTest {

    private final Infrastructure infrastructure = Infrastructure.get();

    @Test
    void newDatabaseGivesIsolatedEmptyDatabases() throws Exception {
        PostgresDatabase a = infrastructure.newDatabase("iso-test");
        PostgresDatabase b = infrastructure.newDatabase("iso-test");

        assertThat(a.databaseName()).startsWith("iso_test_").isNotEqualTo(b.databaseName());
        try (Connection c = connect(a); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE only_in_a (id int)");
            s.execute("INSERT INTO only_in_a VALUES (1)");
        }
        try (Connection c = connect(b); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM only_in_a"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only_in_a");
        }
        assertThat(infrastructure.description()).contains("PostgreSQL");
    }

    @Test
    void kafkaReturnsAProducedRecord() throws Exception {
        String bootstrap = infrastructure.kafkaBootstrapServers();

        KafkaTestClient.send(bootstrap, "infra-roundtrip", "k", "hello");

        assertThat(KafkaTestClient.readAll(bootstrap, "infra-roundtrip", 1)).containsExactly("hello");
        assertThat(infrastructure.kafkaBootstrapServers()).isEqualTo(bootstrap);
    }

    private static Connection connect(PostgresDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
