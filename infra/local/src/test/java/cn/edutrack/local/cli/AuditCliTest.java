package cn.edutrack.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.infra.FreePorts;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit CLI's commands, output and exit statuses against a stub command side answering the documented shapes. */
class AuditCliTest {

    private static final Map<String, String> AUDITOR = Map.of("EDUTRACK_USER", "auditor-cn",
            "EDUTRACK_PASSWORD", "edutrack-local");

    private static final String CHECKPOINT = """
            {"format":"edutrack-checkpoint/1","id":3,"createdAt":"2026-11-22T21:05:00Z",\
            "createdBy":"auditor-cn","upToGlobalIndex":3712,"aggregateCount":2,"eventCount":17,\
            "merkleRoot":"sha256:9f2c","leaves":[{"aggregateId":"PRJ-1","sequenceNumber":11,"hash":"sha256:aa"},\
            {"aggregateId":"xx-district-2021","sequenceNumber":5,"hash":"sha256:bb"}]}""";

    private static final String UNAUTHORIZED = """
            {"type":"urn:edutrack:problem:unauthenticated","title":"Unauthorized","status":401,\
            "detail":"bad credentials"}""";

    private static final String FORBIDDEN = """
            {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"role-may-not",\
            "detail":"manager-xxq (MANAGER) may not verify the event store"}""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> prompts = new ArrayList<>();
    private final Server server = new Server();
    private final AuditCli cli = cli(AUDITOR, null);

    private AuditCli cli(Map<String, String> env, String typedPassword) {
        return new AuditCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, user -> {
            prompts.add(user);
            return typedPassword == null ? null : typedPassword.toCharArray();
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        String[] withUrl = new String[args.length + 4];
        System.arraycopy(args, 0, withUrl, 0, args.length);
        withUrl[args.length] = "--url";
        withUrl[args.length + 1] = server.url();
        withUrl[args.length + 2] = "--query-url";
        withUrl[args.length + 3] = server.url();
        return cli.run(withUrl);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wrongUsagePrintsUsageExitsWithTwoAndSendsNothing(@TempDir Path dir) {
        assertThat(cli.run(new String[0])).isEqualTo(2);
        assertThat(run("audit")).isEqualTo(2);
        assertThat(run("verify")).isEqualTo(2);
        assertThat(run("verify", "--project", "PRJ-1", "--plan", "xx-district-2021")).isEqualTo(2);
        assertThat(run("verify", "--project")).isEqualTo(2);
        assertThat(run("verify", "--project", "PRJ-1", "--colour")).isEqualTo(2);
        assertThat(run("checkpoint")).isEqualTo(2);
        assertThat(run("fetch", "--out", dir.resolve("c.json").toString())).isEqualTo(2);
        assertThat(run("fetch", "1")).isEqualTo(2);

        assertThat(err()).contains("usage: edutrack-audit verify --project ID | --plan ID")
                .contains("unknown command audit")
                .contains("verify takes exactly one of --project ID, --plan ID, --checkpoint FILE")
                .contains("--project needs a value")
                .contains("unknown option --colour")
                .contains("checkpoint takes --out FILE [--force]")
                .contains("fetch takes a checkpoint ID and --out FILE [--force]");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aPasswordIsNeverACommandLineArgument() {
        assertThat(run("verify", "--project", "PRJ-1", "--password", "edutrack-local")).isEqualTo(2);
        assertThat(err()).contains("never given on the command line");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void withoutAUserOrPasswordItSaysWhatIsMissingAndSendsNothing() {
        server.answer("GET /api/audit/projects/PRJ-1/verification", 200, "{}");

        assertThat(cli(Map.of(), null).run(new String[] {"verify", "--project", "PRJ-1", "--url", server.url()}))
                .isEqualTo(2);
        assertThat(cli(Map.of("EDUTRACK_USER", "auditor-cn"), null)
                .run(new String[] {"verify", "--project", "PRJ-1", "--url", server.url()})).isEqualTo(2);

        assertThat(server.requests).isEmpty();
        assertThat(prompts).containsExactly("auditor-cn");
        assertThat(err()).contains("who checks? --user USER or EDUTRACK_USER")
                .contains("no password for auditor-cn: set EDUTRACK_PASSWORD");
    }

    @Test
    void anIntactProjectPrintsIntactAndExitsWithZeroAsTheUserOfTheOptionWithThePromptedPassword() {
        server.answer("GET /api/audit/projects/PRJ-1/verification", 200, """
                {"aggregateId":"PRJ-1","events":12,"sealed":12,"intact":true,"problems":[]}""");

        int status = cli(Map.of("EDUTRACK_USER", "auditor-cn"), "typed-secret").run(new String[] {
                "verify", "--project", "PRJ-1", "--user", "auditor-handan", "--url", server.url()});

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("PRJ-1: intact (12 event(s), 12 sealed)" + System.lineSeparator());
        assertThat(prompts).containsExactly("auditor-handan");
        assertThat(server.requests).containsExactly("GET /api/audit/projects/PRJ-1/verification "
                + basic("auditor-handan:typed-secret"));
    }

    @Test
    void aPlanWithProblemsPrintsEachAsAggregateSequenceKindDetailAndExitsWithOne() {
        server.answer("GET /api/audit/plans/xx-district-2021/verification", 200, """
                {"aggregateId":"xx-district-2021","events":9,"sealed":8,"intact":false,"problems":[
                  {"sequenceNumber":3,"kind":"ALTERED","detail":"payload hash differs from its seal"},
                  {"sequenceNumber":5,"kind":"MISSING","detail":"sequence 5 is absent; 4 is followed by 6"},
                  {"sequenceNumber":8,"kind":"UNSEALED","detail":"no seal"},
                  {"sequenceNumber":7,"kind":"CHAIN_BROKEN","detail":"previous hash does not match event 6"}]}""");

        assertThat(run("verify", "--plan", "xx-district-2021")).isEqualTo(1);

        assertThat(out().lines()).containsExactly(
                "xx-district-2021#3: ALTERED: payload hash differs from its seal",
                "xx-district-2021#5: MISSING: sequence 5 is absent; 4 is followed by 6",
                "xx-district-2021#8: UNSEALED: no seal",
                "xx-district-2021#7: CHAIN_BROKEN: previous hash does not match event 6");
        assertThat(err()).contains("xx-district-2021: NOT intact: 4 problem(s) in 9 event(s)");
    }

    @Test
    void idsAreOnePercentEncodedPathSegment() {
        server.answer("GET /api/audit/projects/PRJ%20%E9%AD%8F%2F1/verification", 200, """
                {"aggregateId":"PRJ 魏/1","events":1,"sealed":1,"intact":true,"problems":[]}""");

        assertThat(run("verify", "--project", "PRJ 魏/1")).isZero();
        assertThat(out()).contains("PRJ 魏/1: intact");
    }

    @Test
    void refusedCredentialsAForbiddenCallerAndAnUnknownIdExitWithTwoWithTheProblemsDetail() {
        server.answer("GET /api/audit/projects/PRJ-1/verification", 401, UNAUTHORIZED);
        assertThat(run("verify", "--project", "PRJ-1")).isEqualTo(2);
        server.answer("GET /api/audit/projects/PRJ-1/verification", 403, FORBIDDEN);
        assertThat(run("verify", "--project", "PRJ-1")).isEqualTo(2);
        server.answer("GET /api/audit/projects/PRJ-404/verification", 404, """
                {"type":"urn:edutrack:problem:not-found","status":404,"detail":"no project PRJ-404"}""");
        assertThat(run("verify", "--project", "PRJ-404")).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).contains("project PRJ-1: not verified: the command side did not accept the credentials "
                        + "(bad credentials); check --user / EDUTRACK_USER and EDUTRACK_PASSWORD")
                .contains("project PRJ-1: not verified: forbidden (role-may-not): manager-xxq (MANAGER) may not "
                        + "verify the event store")
                .contains("project PRJ-404: not verified: no such project PRJ-404 (no project PRJ-404)");
    }

    @Test
    void anUnreachableCommandSideIsReportedWithItsUrl() throws IOException {
        String url = unreachableUrl();

        assertThat(cli.run(new String[] {"verify", "--plan", "p", "--url", url})).isEqualTo(2);
        assertThat(err()).contains("cannot reach the command side at " + url);
    }

    @Test
    void aCheckpointIsWrittenExactlyAsAnsweredAndSummarised(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/checkpoints", 201, CHECKPOINT);
        Path file = dir.resolve("checkpoint.json");

        assertThat(run("checkpoint", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).isEqualTo(CHECKPOINT);
        assertThat(server.requests).containsExactly("POST /api/audit/checkpoints " + basic("auditor-cn:edutrack-local"));
        assertThat(server.bodies).containsExactly("");
        assertThat(out()).contains("checkpoint 3 made, written to " + file)
                .contains("root       sha256:9f2c")
                .contains("covers     2 aggregate(s), 17 event(s), up to global index 3712")
                .contains("created    2026-11-22T21:05:00Z by auditor-cn");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessForced(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/checkpoints", 201, CHECKPOINT);
        server.answer("GET /api/audit/checkpoints/3", 200, CHECKPOINT);
        Path file = Files.writeString(dir.resolve("checkpoint.json"), "the last one");

        assertThat(run("checkpoint", "--out", file.toString())).isEqualTo(2);
        assertThat(run("fetch", "3", "--out", file.toString())).isEqualTo(2);

        assertThat(Files.readString(file)).isEqualTo("the last one");
        assertThat(server.requests).as("no checkpoint made when it could not be kept").isEmpty();
        assertThat(err()).contains(file + ": exists; not overwritten (--force to replace it)");

        assertThat(run("checkpoint", "--out", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file)).isEqualTo(CHECKPOINT);
    }

    @Test
    void aCheckpointIsNotMadeForAFileInAMissingDirectory(@TempDir Path dir) {
        assertThat(run("checkpoint", "--out", dir.resolve("nope/checkpoint.json").toString())).isEqualTo(2);
        assertThat(err()).contains("no such directory");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aForbiddenCheckpointWritesNoFile(@TempDir Path dir) {
        server.answer("POST /api/audit/checkpoints", 403, """
                {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"outside-jurisdiction",\
                "detail":"auditor-handan may not make a checkpoint over every aggregate (outside CN-13/邯郸市)"}""");
        Path file = dir.resolve("checkpoint.json");

        assertThat(run("checkpoint", "--out", file.toString())).isEqualTo(2);

        assertThat(file).doesNotExist();
        assertThat(err()).contains("no checkpoint made: forbidden (outside-jurisdiction): auditor-handan may not make "
                + "a checkpoint over every aggregate (outside CN-13/邯郸市)");
    }

    @Test
    void fetchDownloadsAnExistingCheckpointAndAnUnknownOneIsNamed(@TempDir Path dir) throws IOException {
        server.answer("GET /api/audit/checkpoints/3", 200, CHECKPOINT);
        server.answer("GET /api/audit/checkpoints/9", 404, """
                {"type":"urn:edutrack:problem:not-found","status":404,"detail":"no checkpoint 9"}""");
        Path file = dir.resolve("fetched.json");

        assertThat(run("fetch", "3", "--out", file.toString())).isZero();
        assertThat(run("fetch", "9", "--out", dir.resolve("other.json").toString())).isEqualTo(2);

        assertThat(Files.readString(file)).isEqualTo(CHECKPOINT);
        assertThat(dir.resolve("other.json")).doesNotExist();
        assertThat(out()).contains("checkpoint 3 fetched, written to " + file);
        assertThat(err()).contains("checkpoint 9: not fetched: no such checkpoint 9 (no checkpoint 9)");
    }

    @Test
    void theCheckpointsAreListedNewestFirstAsAnswered() {
        server.answer("GET /api/audit/checkpoints", 200, """
                [{"id":2,"createdAt":"2026-11-22T21:05:00Z","createdBy":"auditor-cn","upToGlobalIndex":3712,
                  "aggregateCount":310,"eventCount":3712,"merkleRoot":"sha256:9f2c"},
                 {"id":1,"createdAt":"2026-11-21T08:00:00Z","createdBy":"auditor-handan","upToGlobalIndex":12,
                  "aggregateCount":2,"eventCount":12,"merkleRoot":"sha256:01ab"}]""");

        assertThat(run("checkpoints")).isZero();

        assertThat(out().lines()).containsExactly(
                "2  2026-11-22T21:05:00Z  by auditor-cn  up to 3712: 310 aggregate(s), 3712 event(s), root sha256:9f2c",
                "1  2026-11-21T08:00:00Z  by auditor-handan  up to 12: 2 aggregate(s), 12 event(s), root sha256:01ab");
    }

    @Test
    void anIntactCheckpointVerificationPostsTheFileAndExitsWithZero(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/verifications", 200, """
                {"checkpointId":3,"fileConsistent":true,"rootMatches":true,"intact":true,
                 "aggregatesChecked":2,"problems":[]}""");
        Path file = Files.writeString(dir.resolve("checkpoint.json"), CHECKPOINT);

        assertThat(run("verify", "--checkpoint", file.toString())).isZero();

        assertThat(server.bodies).containsExactly(CHECKPOINT);
        assertThat(server.contentTypes).containsExactly("application/json");
        assertThat(out()).isEqualTo("checkpoint 3 (" + file + "): file consistent, root matches, "
                + "2 aggregate(s) checked: intact" + System.lineSeparator());
    }

    @Test
    void aCheckpointVerificationWithProblemsPrintsEachAndExitsWithOne(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/verifications", 200, """
                {"checkpointId":3,"fileConsistent":true,"rootMatches":false,"intact":false,
                 "aggregatesChecked":2,"problems":[
                  {"aggregateId":"PRJ-1","sequenceNumber":4,"kind":"ALTERED","detail":"payload hash differs"},
                  {"aggregateId":"PRJ-1","sequenceNumber":11,"kind":"HEAD_DIFFERS","detail":"head hash is not the checkpoint's"},
                  {"aggregateId":"xx-district-2021","sequenceNumber":null,"kind":"AGGREGATE_MISSING","detail":"no events"}]}""");
        Path file = Files.writeString(dir.resolve("checkpoint.json"), CHECKPOINT);

        assertThat(run("verify", "--checkpoint", file.toString())).isEqualTo(1);

        assertThat(out().lines()).containsExactly(
                "checkpoint 3 (" + file + "): file consistent, ROOT DOES NOT MATCH, "
                        + "2 aggregate(s) checked: NOT intact, 3 problem(s)",
                "PRJ-1#4: ALTERED: payload hash differs",
                "PRJ-1#11: HEAD_DIFFERS: head hash is not the checkpoint's",
                "xx-district-2021: AGGREGATE_MISSING: no events");
    }

    @Test
    void anInconsistentFileIsNotIntactEvenWithoutProblems(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/verifications", 200, """
                {"checkpointId":1,"fileConsistent":false,"rootMatches":true,"intact":true,
                 "aggregatesChecked":2,"problems":[]}""");
        Path file = Files.writeString(dir.resolve("checkpoint.json"), CHECKPOINT);

        assertThat(run("verify", "--checkpoint", file.toString())).isEqualTo(1);
        assertThat(out()).contains("FILE INCONSISTENT");
    }

    @Test
    void aMalformedOrMissingCheckpointFileExitsWithTwo(@TempDir Path dir) throws IOException {
        server.answer("POST /api/audit/verifications", 400, """
                {"type":"urn:edutrack:problem:malformed-checkpoint","title":"Bad Request","status":400,
                 "detail":"not an edutrack-checkpoint/1 file","errors":[{"field":"format","message":"must be edutrack-checkpoint/1"}]}""");
        Path file = Files.writeString(dir.resolve("checkpoint.json"), "{\"format\":\"x\"}");

        assertThat(run("verify", "--checkpoint", file.toString())).isEqualTo(2);
        assertThat(run("verify", "--checkpoint", dir.resolve("nope.json").toString())).isEqualTo(2);

        assertThat(server.requests).hasSize(1);
        assertThat(err()).contains(file + ": not verified: HTTP 400: not an edutrack-checkpoint/1 file")
                .contains("  format: must be edutrack-checkpoint/1")
                .contains("nope.json: no such file");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A command side answering {@code "METHOD raw-path"} with a status and body (404 problem otherwise), keeping each
     * request as {@code "METHOD raw-path Authorization"}, its body and its Content-Type.
     */
    @Test
    void aCsvExportIsWrittenAsStreamedAndItsEventsAreCountedWithQuotedLineBreaks(@TempDir Path dir) throws IOException {
        String csv = "\uFEFFglobalIndex,aggregateId,sequenceNumber,payload\r\n"
                + "1,PRJ-1,0,\"{\"\"title\"\":\"\"魏县第三中学\"\"}\"\r\n"
                + "2,PRJ-1,1,\"整改意见：\r\n一、主体结构\"\r\n";
        server.answer("GET /api/audit/projects/PRJ-1/history", 200, csv);
        Path file = dir.resolve("PRJ-1.csv");

        assertThat(run("export", "--project", "PRJ-1", "--format", "csv", "--out", file.toString())).isZero();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(out()).isEqualTo("project PRJ-1: 2 event(s) exported as csv to " + file + System.lineSeparator());
        assertThat(server.requests).containsExactly("GET /api/audit/projects/PRJ-1/history " + basic("auditor-cn:edutrack-local"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aJurisdictionsLogIsExportedAsJsonLinesByDefault(@TempDir Path dir) throws IOException {
        server.answer("GET /api/audit/jurisdictions/history", 200, "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        Path file = dir.resolve("weixian.jsonl");

        assertThat(run("export", "--jurisdiction", "CN-13/邯郸市/魏县", "--out", file.toString())).isZero();

        assertThat(out()).contains("jurisdiction CN-13/邯郸市/魏县: 3 event(s) exported as jsonl");
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void aRefusedExportLeavesNoFileAndExitsWithTwo(@TempDir Path dir) throws IOException {
        server.answer("GET /api/audit/projects/PRJ-1/history", 403, FORBIDDEN);
        Path file = dir.resolve("PRJ-1.jsonl");

        assertThat(run("export", "--project", "PRJ-1", "--out", file.toString())).isEqualTo(2);
        assertThat(run("export", "--project", "PRJ-1", "--format", "xlsx", "--out", file.toString())).isEqualTo(2);
        assertThat(run("export", "--project", "PRJ-1", "--jurisdiction", "CN", "--out", file.toString())).isEqualTo(2);

        assertThat(err()).contains("project PRJ-1: not exported: forbidden (role-may-not)")
                .contains("--format is jsonl or csv, not xlsx")
                .contains("export takes exactly one of --project ID, --jurisdiction CODE, and --out FILE");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aHistoryShowsWhoWhenWhyWhatItCorrectsAndTheFieldsEachEventChanged() {
        server.answer("GET /api/projects/PRJ-1/history", 200, """
                {"projectId":"PRJ-1","version":2,"events":[
                 {"sequence":0,"type":"cn.edutrack.project.registered.v1","businessDate":"2024-01-10",
                  "recordedAt":"2026-11-22T21:05:00Z","summary":"登记：XX区第三幼儿园新建工程",
                  "recordedBy":{"userId":"manager-xx-qu","role":"MANAGER","organisation":"XX区教育局","jurisdiction":"CN-45/XX市/XX区"},
                  "comment":null,"corrects":null,"correctedBy":[],
                  "changes":[{"field":"status","before":null,"after":"REGISTERED"}]},
                 {"sequence":1,"type":"cn.edutrack.project.construction-completed.v1","businessDate":"2025-04-15",
                  "recordedAt":"2026-11-22T21:06:00Z","summary":"建成","recordedBy":null,"comment":null,
                  "corrects":null,"correctedBy":[2],
                  "changes":[{"field":"deliveredPlaces","before":null,"after":360}]},
                 {"sequence":2,"type":"cn.edutrack.project.event-corrected.v1","businessDate":"2025-05-02",
                  "recordedAt":"2026-11-22T21:07:00Z","summary":"更正 #1",
                  "recordedBy":{"userId":"manager-xx-qu","role":"MANAGER","organisation":"XX区教育局","jurisdiction":"CN-45/XX市/XX区"},
                  "comment":"以竣工验收备案表为准","corrects":1,"correctedBy":[],
                  "changes":[{"field":"deliveredPlaces","before":360,"after":330},
                             {"field":"completedOn","before":"2025-04-15","after":"2025-04-18"}]}]}""");

        assertThat(run("history", "--project", "PRJ-1")).isZero();

        assertThat(out().lines()).containsExactly(
                "PRJ-1: 3 event(s), version 2",
                "#0  2024-01-10  cn.edutrack.project.registered.v1  recorded 2026-11-22T21:05:00Z by manager-xx-qu"
                        + " (MANAGER, XX区教育局)",
                "    登记：XX区第三幼儿园新建工程",
                "    status: - → REGISTERED",
                "#1  2025-04-15  cn.edutrack.project.construction-completed.v1  recorded 2026-11-22T21:06:00Z"
                        + "  corrected by #2",
                "    建成",
                "    deliveredPlaces: - → 360",
                "#2  2025-05-02  cn.edutrack.project.event-corrected.v1  recorded 2026-11-22T21:07:00Z by manager-xx-qu"
                        + " (MANAGER, XX区教育局)  corrects #1",
                "    更正 #1",
                "    comment: 以竣工验收备案表为准",
                "    deliveredPlaces: 360 → 330",
                "    completedOn: 2025-04-15 → 2025-04-18");
        assertThat(server.requests).containsExactly("GET /api/projects/PRJ-1/history " + basic("auditor-cn:edutrack-local"));
    }

    @Test
    void asOfPrintsTheStateTheEventsThatCountedAndTheCorrectionsApplied() {
        server.answer("GET /api/projects/PRJ-1/as-of", 200, """
                {"projectId":"PRJ-1","date":"2024-12-31","knownAt":"2025-01-05T00:00:00Z","counted":[0,1,2],
                 "corrections":[4],"project":{"projectId":"PRJ-1","status":"APPROVED","approvedOn":"2024-02-20",
                 "completedOn":null,"deliveredPlaces":null,"tags":[]},
                 "funding":[{"source":"CENTRAL_FISCAL","amount":"3000000.00","allocations":1}]}""");

        assertThat(run("as-of", "--project", "PRJ-1", "--date", "2024-12-31", "--known-at", "2025-01-05")).isZero();

        assertThat(out().lines()).containsExactly(
                "PRJ-1 as of 2024-12-31, as known at 2025-01-05T00:00:00Z: APPROVED",
                "  status: APPROVED",
                "  approvedOn: 2024-02-20",
                "  funding CENTRAL_FISCAL: 3000000.00 元 in 1 allocation(s)",
                "  events counted: #0, #1, #2; corrections applied: #4");
    }

    @Test
    void asOfComparesTwoDatesAndRefusesHalfAComparison() {
        server.answer("GET /api/projects/PRJ-1/as-of/compare", 200, """
                {"projectId":"PRJ-1","from":{"date":"2024-03-31","knownAt":"2026-11-22T00:00:00Z"},
                 "to":{"date":"2024-06-30","knownAt":"2026-11-22T00:00:00Z"},
                 "changes":[{"field":"percentComplete","from":10,"to":30}]}""");

        assertThat(run("as-of", "--project", "PRJ-1", "--from", "2024-03-31", "--to", "2024-06-30")).isZero();
        assertThat(run("as-of", "--project", "PRJ-1", "--from", "2024-03-31")).isEqualTo(2);

        assertThat(out().lines()).containsExactly("PRJ-1 from 2024-03-31 to 2024-06-30: 1 field(s) differ",
                "  percentComplete: 10 → 30");
        assertThat(err()).contains("as-of takes --project ID [--date D] [--known-at T], or --project ID --from D1 --to D2");
    }

    @Test
    void anUnreachableQuerySideIsReportedWithItsOption() throws IOException {
        String url = unreachableUrl();

        assertThat(cli.run(new String[] {"history", "--project", "PRJ-1", "--query-url", url})).isEqualTo(2);
        assertThat(err()).contains("cannot reach the query side at " + url + " (is it running? see --query-url)");
    }

    /** The URL of a local port nothing listens on. */
    private static String unreachableUrl() {
        return "http://127.0.0.1:" + FreePorts.take();
    }

    private static final class Server implements AutoCloseable {
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Map.Entry<Integer, String>> answers = new ConcurrentHashMap<>();
        private final HttpServer http;

        Server() {
            try {
                http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            http.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
                requests.add(key + " " + exchange.getRequestHeaders().getFirst("Authorization"));
                bodies.add(body);
                String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                if (contentType != null) {
                    contentTypes.add(contentType);
                }
                Map.Entry<Integer, String> answer = answers.getOrDefault(key, Map.entry(404,
                        "{\"type\":\"about:blank\",\"status\":404,\"detail\":\"no stub for " + key + "\"}"));
                byte[] bytes = answer.getValue().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        answer.getKey() >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(answer.getKey(), bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            http.start();
        }

        void answer(String request, int status, String body) {
            answers.put(request, Map.entry(status, body));
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
