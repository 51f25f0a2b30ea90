package cn.edutrack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsTakenOneAtATimeAreNeverHandedOutTwice() {
        // the kernel's "any free port" repeats itself well within this many requests once each socket is closed
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            taken.add(FreePorts.take());
        }
        assertThat(taken).doesNotHaveDuplicates();
    }

    @Test
    void portsTakenTogetherAreDistinctAndNewAndFree() throws IOException {
        int earlier = FreePorts.take();
        int[] ports = FreePorts.take(3);

        assertThat(Arrays.stream(ports).boxed().toList()).doesNotHaveDuplicates().doesNotContain(earlier);
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatThrownBy(() -> FreePorts.take(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }
}
