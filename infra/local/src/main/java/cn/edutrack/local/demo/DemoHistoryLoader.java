package cn.edutrack.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a {@link DemoHistory} to the command side: the plan files first, one after the other, then every project's
 * requests in order and each plan's measurements in order, several lanes at a time. Every request carries its fixed
 * {@code Idempotency-Key}, so loading the same history again records nothing: the command side replays the first
 * answers (and a plan file imported again records nothing by itself). A project whose registration is answered
 * {@code 409} exists already (loaded before under other keys) and is left alone. A refused request is reported and
 * ends its lane; the other lanes go on. Each request authenticates (HTTP Basic) as its {@link DemoRequest#user()}, a
 * local user of {@link DemoUsers}.
 */
public final class DemoHistoryLoader {

    public static final int DEFAULT_THREADS = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Set by the command side on a response replayed for a known Idempotency-Key. */
    private static final String REPLAYED = "Idempotent-Replayed";

    /**
     * What a load did.
     *
     * @param eventsRecorded requests answered 2xx and not replayed (each records one event)
     * @param problems       refused requests (their lanes stopped there) and the plans whose file was not imported
     *                       (their projects and measurements are not sent)
     */
    public record Result(int plansImported, int plansUnchanged, int projectsLoaded, int projectsAlreadyThere,
                         int measurementsRecorded, int requestsSent, int eventsRecorded, List<String> problems,
                         long millis) {

        public String summary() {
            return "%d plan files (%d imported, %d unchanged), %d projects loaded, %d already there, %d measurements, %d requests, %d events recorded in %.1f s%s"
                    .formatted(plansImported + plansUnchanged, plansImported, plansUnchanged, projectsLoaded,
                            projectsAlreadyThere, measurementsRecorded, requestsSent, eventsRecorded, millis / 1000.0,
                            problems.isEmpty() ? "" : ", " + problems.size() + " problems");
        }
    }

    private final String commandUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger projectsLoaded = new AtomicInteger();
    private final AtomicInteger projectsAlreadyThere = new AtomicInteger();
    private final AtomicInteger measurementsRecorded = new AtomicInteger();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean unreachable = new AtomicBoolean();

    private DemoHistoryLoader(String commandUrl) {
        this.commandUrl = commandUrl;
    }

    public static Result load(String commandUrl, DemoHistory history) {
        return load(commandUrl, history, DEFAULT_THREADS);
    }

    /**
     * @param commandUrl {@code http://host:port} of the command side
     * @throws IllegalStateException when the command side cannot be reached
     */
    public static Result load(String commandUrl, DemoHistory history, int threads) {
        return new DemoHistoryLoader(commandUrl).run(history, threads);
    }

    private Result run(DemoHistory history, int threads) {
        long t0 = System.nanoTime();
        int imported = 0;
        int unchanged = 0;
        Set<String> plansMissing = new HashSet<>();
        List<DemoRequest> imports = history.requests().stream().filter(DemoRequest::isPlanImport).toList();
        for (int i = 0; i < imports.size(); i++) {
            DemoRequest request = imports.get(i);
            String planId = history.plans().get(i).planId();
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status / 100 == 2) {
                JsonNode body = JSON.readTree(response.body());
                if (body.path("unchanged").asBoolean(false)) {
                    unchanged++;
                } else {
                    imported++;
                    recorded.addAndGet(body.path("eventsRecorded").asInt(0));
                }
            } else {
                plansMissing.add(planId);
                problem("plan file " + history.plans().get(i).fileName() + ": HTTP " + status + " " + shorten(response.body()));
            }
        }

        Map<String, List<DemoRequest>> lanes = new LinkedHashMap<>();
        for (DemoRequest request : history.requests()) {
            if (!request.isPlanImport()) {
                lanes.computeIfAbsent(request.lane(), lane -> new ArrayList<>()).add(request);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "demo-history-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            Map<String, Integer> skipped = new LinkedHashMap<>();
            for (Map.Entry<String, List<DemoRequest>> lane : lanes.entrySet()) {
                String planId = planOf(history, lane.getKey());
                if (plansMissing.contains(planId)) {
                    skipped.merge(planId, lane.getValue().size(), Integer::sum);
                    continue;
                }
                running.add(pool.submit(() -> runLane(lane.getKey(), lane.getValue())));
            }
            skipped.forEach((planId, requests) ->
                    problem("plan " + planId + " was not imported: its " + requests + " requests were not sent"));
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo history", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the demo history failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (unreachable.get()) {
            throw new IllegalStateException("Cannot reach the command side at " + commandUrl + ": " + problems);
        }
        Result result = new Result(imported, unchanged, projectsLoaded.get(), projectsAlreadyThere.get(),
                measurementsRecorded.get(), sent.get(), recorded.get(), List.copyOf(problems),
                (System.nanoTime() - t0) / 1_000_000);
        log.info("Demo plans: {}", result.summary());
        result.problems().stream().limit(20).forEach(p -> log.warn("Demo plans: {}", p));
        return result;
    }

    private static String planOf(DemoHistory history, String lane) {
        if (lane.startsWith("measurements:")) {
            return lane.substring("measurements:".length());
        }
        return history.project(lane).map(ProjectHistory::planId).orElse("");
    }

    private void runLane(String lane, List<DemoRequest> requests) {
        boolean measurements = lane.startsWith("measurements:");
        boolean appended = false;
        for (DemoRequest request : requests) {
            if (unreachable.get()) {
                return;
            }
            HttpResponse<String> response;
            try {
                response = send(request);
            } catch (IllegalStateException e) {
                unreachable.set(true);
                problem(e.getMessage());
                return;
            }
            int status = response.statusCode();
            if (request.operation().equals("register") && status == 409) {
                projectsAlreadyThere.incrementAndGet();
                return;
            }
            if (status / 100 != 2) {
                problem(lane + " " + request.operation() + " (" + request.businessDate() + "): HTTP " + status + " "
                        + shorten(response.body()));
                if (appended && !measurements) {
                    projectsLoaded.incrementAndGet();
                }
                return;
            }
            boolean replayed = response.headers().firstValue(REPLAYED).map("true"::equalsIgnoreCase).orElse(false);
            if (!replayed) {
                appended = true;
                recorded.incrementAndGet();
                if (measurements) {
                    measurementsRecorded.incrementAndGet();
                }
            }
        }
        if (!measurements) {
            (appended ? projectsLoaded : projectsAlreadyThere).incrementAndGet();
        }
    }

    private HttpResponse<String> send(DemoRequest request) {
        HttpRequest http = HttpRequest.newBuilder(URI.create(commandUrl + request.path()))
                .timeout(Duration.ofMinutes(request.isPlanImport() ? 5 : 1))
                .header("Content-Type", request.contentType() + "; charset=UTF-8")
                .header("Accept", "application/json, application/problem+json")
                .header("Idempotency-Key", request.idempotencyKey())
                .header("Authorization", DemoUsers.basicAuthorization(request.user()))
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
        sent.incrementAndGet();
        try {
            return this.http.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException first) {
            // one more try: a connection the server closed while idle is not an outage
            try {
                return this.http.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot reach the command side at " + commandUrl + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading the demo history", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo history", e);
        }
    }

    private void problem(String problem) {
        problems.add(problem);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
