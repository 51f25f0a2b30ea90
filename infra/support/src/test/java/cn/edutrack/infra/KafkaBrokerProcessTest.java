package cn.edutrack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsRecordsAcrossAGracefulStopAndAKill() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(dataDir)) {
            String bootstrap = broker.bootstrapServers();
            KafkaTestClient.send(bootstrap, "durable", "k", "before-stop");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();
            assertThat(broker.isRunning()).isTrue();
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(KafkaTestClient.readAll(bootstrap, "durable", 1)).containsExactly("before-stop");

            KafkaTestClient.send(bootstrap, "durable", "k", "before-kill");
            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();
            assertThat(KafkaTestClient.readAll(bootstrap, "durable", 2)).containsExactly("before-stop", "before-kill");
        }
    }
}
