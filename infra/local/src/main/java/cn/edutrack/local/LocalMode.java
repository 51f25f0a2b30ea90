package cn.edutrack.local;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import cn.edutrack.local.EdutrackSystem.Config;
import cn.edutrack.local.EdutrackSystem.EmbeddedDatabases;
import cn.edutrack.local.EdutrackSystem.EmbeddedKafka;
import cn.edutrack.local.demo.DemoAnchor;
import cn.edutrack.local.demo.DemoData;
import cn.edutrack.local.demo.DemoHistoryLoader;
import cn.edutrack.local.demo.DemoUsers;
import cn.edutrack.local.demo.PlanHistoryGenerator;

/**
 * {@code ./edutrack-local}: the whole system on this machine until Ctrl-C. State lives in {@code .edutrack-local/}
 * under the working directory; see {@link Config#local} for the environment variables. Options:
 * {@code --no-demo} (do not load the demo projects, plan files and generated history), {@code --help}.
 */
public final class LocalMode {

    private LocalMode() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println(usage());
            return;
        }
        for (String option : options) {
            if (!option.equals("--no-demo")) {
                System.err.println("Unknown option " + option + "\n" + usage());
                System.exit(2);
            }
        }
        Path workDir = Path.of(".edutrack-local").toAbsolutePath();
        Config config = Config.local(workDir, System.getenv());
        System.out.println("Starting Edutrack (state in " + workDir + ", logs in " + config.logDir() + ") ...");

        RunningSystem system;
        try {
            system = EdutrackSystem.start(config); // its shutdown hook stops everything on Ctrl-C
        } catch (RuntimeException e) {
            System.err.println("Edutrack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        String demo = "skipped (--no-demo)";
        if (!options.contains("--no-demo")) {
            try {
                DemoData.Result result = DemoData.load(system.commandUrl());
                demo = result.projectsLoaded() + " projects loaded, " + result.projectsAlreadyThere() + " already there"
                        + (result.problems().isEmpty() ? "" : ", problems: " + result.problems());
            } catch (RuntimeException e) {
                demo = "failed: " + e.getMessage();
            }
            demo += "\n  Demo plans    " + loadDemoPlans(system, workDir);
        }

        String pg = config.databases() instanceof EmbeddedDatabases embedded
                ? "embedded, data " + embedded.dataDir() : "external";
        String kafka = config.kafka() instanceof EmbeddedKafka embedded
                ? "broker process, data " + embedded.dataDir() : "external";
        System.out.println("""

                Edutrack is running. Ctrl-C stops it.
                  Web UI        %s   (log in as a local user below, e.g. supervisor-handan)
                  Command API   %s/api/projects
                  Query API     %s/api/projects   (e.g. %s/api/projects/PRJ-DEMO-0001,
                                %s/api/plans/xx-district-2021/progress)
                  Log in        HTTP Basic, local users in %s, password %s (README.md, "Log in"):
                                curl -u supervisor-handan:%s %s/api/me
                  PostgreSQL    %s (user %s)
                                %s (%s)
                  Kafka         %s (%s)
                  Logs          %s
                  Demo data     %s
                """.formatted(system.webUrl().orElse("not started (EDUTRACK_WEB_PORT=0)"), system.commandUrl(),
                system.queryUrl(), system.queryUrl(), system.queryUrl(),
                system.usersFile(), DemoUsers.PASSWORD, DemoUsers.PASSWORD, system.queryUrl(),
                system.commandDatabase().jdbcUrl(), system.commandDatabase().username(),
                system.queryDatabase().jdbcUrl(), pg,
                system.kafkaBootstrapServers(), kafka, config.logDir(), demo));

        new CountDownLatch(1).await();
    }

    /**
     * The four demo plan files and the generated history of their projects, for the date of the first start (kept in
     * the state folder, so a second start sends the same requests and changes nothing).
     */
    private static String loadDemoPlans(RunningSystem system, Path workDir) {
        try {
            LocalDate today = DemoAnchor.date(workDir, DemoAnchor.today());
            DemoHistoryLoader.Result result = DemoHistoryLoader.load(system.commandUrl(),
                    PlanHistoryGenerator.generate(today));
            return result.summary() + " (history as of " + today + ")"
                    + (result.problems().isEmpty() ? "" : "; first problems: " + result.problems().subList(0,
                    Math.min(3, result.problems().size())));
        } catch (RuntimeException e) {
            return "failed: " + e.getMessage();
        }
    }

    private static String usage() {
        return """
                Usage: ./edutrack-local [--build] [--no-demo]
                  --build     rebuild the jars first (./mvnw -q -DskipTests package)
                  --no-demo   do not load the demo projects, plan files and their generated history
                Environment (all optional):
                  EDUTRACK_JDBC_URL, EDUTRACK_JDBC_USER, EDUTRACK_JDBC_PASSWORD
                                      use this PostgreSQL (any database on the server; edutrack_command and
                                      edutrack_query are created there if missing) instead of the embedded one
                  EDUTRACK_PG_PORT    port of the embedded PostgreSQL (54329)
                  EDUTRACK_KAFKA_BOOTSTRAP_SERVERS   use this Kafka instead of the broker process
                  EDUTRACK_KAFKA_PORT, EDUTRACK_KAFKA_CONTROLLER_PORT   ports of the broker process (19092, 19093)
                  EDUTRACK_COMMAND_PORT, EDUTRACK_QUERY_PORT            ports of the applications (8081, 8082)
                  EDUTRACK_WEB_PORT                                     port of the web UI (8080; 0: not started)
                  EDUTRACK_APP_JVM_OPTS              JVM options of the applications
                  EDUTRACK_STARTUP_TIMEOUT_SECONDS   how long to wait for the applications (240)
                  EDUTRACK_APPS_DIR                  where the applications' -exec jars are (infra/local/target/apps)
                  EDUTRACK_USERS_FILE                a users file of one's own instead of the local users
                                                     (.edutrack-local/local-users.yaml, password edutrack-local)
                """;
    }
}
