package cn.edutrack.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.edutrack.infra.Infrastructure;
import cn.edutrack.local.EdutrackSystem.Config;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import cn.edutrack.local.demo.DemoUsers;
import cn.edutrack.local.cli.AuditCli;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as it runs in production: the command side and the query side as separate
 * processes, on real PostgreSQL and a real Kafka broker, driven only through their HTTP APIs, each request as a local
 * user: managers record their organisation's projects, supervisors order and re-check, everyone reads what their
 * jurisdiction covers.
 */
class EndToEndIT {

    private static final JsonMapper JSON = Http.JSON;
    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(90);
    private static final String XX_MANAGER = "manager-xx-qu";
    private static final String XX_SUPERVISOR = "supervisor-xx-qu";
    private static final String WEI = "CN-13/邯郸市/魏县";
    private static final String WEI_MANAGER = "manager-weixian";
    private static final String WEI_SUPERVISOR = "supervisor-weixian";
    /** A sibling county of 魏县 under 邯郸市. */
    private static final String QIU_SUPERVISOR = "supervisor-qiuxian";
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        Infrastructure infrastructure = Infrastructure.get();
        system = EdutrackSystem.start(Config.forTests(Path.of("target", "it-e2e"),
                infrastructure.newDatabase("e2e_command"), infrastructure.newDatabase("e2e_query"),
                infrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void constructionProjectFromRegistrationToService() throws Exception {
        String id = newId();
        command(XX_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区第三实验幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12}}""".formatted(id), 201);
        command(XX_MANAGER, id + "/approval", """
                {"businessDate": "2022-03-01", "expectedVersion": 0, "approvingBody": "XX区发展和改革局",
                 "documentNumber": "X发改投资〔2022〕15号", "approvedBudget": {"amount": "1250.5", "unit": "WAN_YUAN"},
                 "scope": "新建教学楼及附属设施", "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}""", 200);
        command(XX_MANAGER, id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "MUNICIPAL_FISCAL",
                 "amount": {"amount": "800", "unit": "WAN_YUAN"}, "documentNumber": "X财教〔2022〕8号"}""", 200);
        command(XX_MANAGER, id + "/allocations", """
                {"businessDate": "2022-04-20", "source": "LOCAL_GOVERNMENT_SPECIAL_BOND",
                 "amount": {"amount": "4505000.00"}, "documentNumber": "X财债〔2022〕3号"}""", 200);
        command(XX_MANAGER, id + "/construction-start", """
                {"businessDate": "2022-05-06", "contractor": "XX建工集团有限公司"}""", 200);
        command(XX_MANAGER, id + "/progress-reports", """
                {"businessDate": "2022-11-30", "percentComplete": 60, "note": "主体结构封顶"}""", 200);
        command(XX_MANAGER, id + "/completion", """
                {"businessDate": "2023-08-20", "actualCapacity": {"places": 360, "streams": 4, "classes": 12},
                 "floorAreaSquareMetres": 5230.5}""", 200);
        command(XX_MANAGER, id + "/acceptance-failures", """
                {"businessDate": "2023-09-01", "inspectingBody": "XX区住房和城乡建设局", "findings": "消防通道不达标",
                 "rectificationDeadline": "2023-10-15"}""", 200);
        command(XX_MANAGER, id + "/acceptance-passes", """
                {"businessDate": "2023-10-20", "inspectingBody": "XX区住房和城乡建设局"}""", 200);
        command(XX_MANAGER, id + "/service-entry", """
                {"businessDate": "2023-11-01", "firstEnrolment": 320}""", 200);

        JsonNode summary = awaitVersion(XX_SUPERVISOR, id, 9);
        assertThat(summary.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(summary.get("track").asString()).isEqualTo("CONSTRUCTION");
        assertThat(summary.get("approvedBudget").asString()).isEqualTo("12505000.00");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("12505000.00");
        assertThat(summary.get("allocatedBySource").get("MUNICIPAL_FISCAL").asString()).isEqualTo("8000000.00");
        assertThat(summary.get("allocatedBySource").get("LOCAL_GOVERNMENT_SPECIAL_BOND").asString())
                .isEqualTo("4505000.00");
        assertThat(summary.get("plannedCapacity").get("places").asInt()).isEqualTo(360);
        assertThat(summary.get("deliveredCapacity").get("places").asInt()).isEqualTo(360);
        assertThat(summary.get("acceptanceFailures").asInt()).isEqualTo(1);
        JsonNode milestones = summary.get("milestones");
        assertThat(milestones.get("approvedOn").asString()).isEqualTo("2022-03-01");
        assertThat(milestones.get("fundedOn").asString()).isEqualTo("2022-04-01");
        assertThat(milestones.get("constructionStartedOn").asString()).isEqualTo("2022-05-06");
        assertThat(milestones.get("completedOn").asString()).isEqualTo("2023-08-20");
        assertThat(milestones.get("acceptedOn").asString()).isEqualTo("2023-10-20");
        assertThat(milestones.get("inServiceOn").asString()).isEqualTo("2023-11-01");

        JsonNode timeline = get(XX_SUPERVISOR, system.queryUrl() + "/api/projects/" + id + "/timeline");
        assertThat(timeline.get("events").valueStream().map(event -> event.get("type").asString()).toList())
                .containsExactly("cn.edutrack.project.registered.v1", "cn.edutrack.project.approved.v1",
                        "cn.edutrack.project.funding-allocated.v1", "cn.edutrack.project.funding-allocated.v1",
                        "cn.edutrack.project.construction-started.v1", "cn.edutrack.project.progress-reported.v1",
                        "cn.edutrack.project.construction-completed.v1", "cn.edutrack.project.acceptance-failed.v1",
                        "cn.edutrack.project.acceptance-passed.v1", "cn.edutrack.project.put-into-service.v1");

        JsonNode list = get("supervisor-xx-shi",
                system.queryUrl() + "/api/projects?jurisdiction=CN-45/XX%E5%B8%82&status=IN_SERVICE&size=200");
        assertThat(list.get("items").valueStream().map(item -> item.get("projectId").asString()).toList()).contains(id);
    }

    @Test
    void reformFromApprovalToEvaluation() throws Exception {
        String id = newId();
        command("manager-gulou", "", """
                {"projectId": "%s", "businessDate": "2021-09-01", "kind": "SCHOOL_GROUP",
                 "title": "鼓楼区第一中学教育集团集团化办学", "jurisdiction": "CN-35/福州市/鼓楼区",
                 "ownerOrganisation": "鼓楼区教育局", "responsiblePerson": "P-0101",
                 "plannedCapacity": {"places": 0}}""".formatted(id), 201);
        command("manager-gulou", id + "/approval", """
                {"businessDate": "2021-10-08", "approvingBody": "鼓楼区教育局", "documentNumber": "鼓教〔2021〕66号",
                 "approvedBudget": {"amount": "120", "unit": "WAN_YUAN"}, "scope": "三校一体化管理",
                 "plannedStart": "2021-11-01", "plannedCompletion": "2024-07-31"}""", 200);
        command("manager-gulou", id + "/reform-launch", """
                {"businessDate": "2021-11-01", "participatingUnits": ["ORG-GL-S01", "ORG-GL-S02", "ORG-GL-S03"]}""", 200);
        command("manager-gulou", id + "/reform-evaluations", """
                {"businessDate": "2023-07-01", "evaluator": "鼓楼区教育督导室", "rating": "优秀", "passed": true}""", 200);

        JsonNode summary = awaitVersion("supervisor-gulou", id, 3);
        assertThat(summary.get("status").asString()).isEqualTo("EVALUATED");
        assertThat(summary.get("track").asString()).isEqualTo("REFORM");
        assertThat(summary.get("participatingUnits").asInt()).isEqualTo(3);
        assertThat(summary.get("evaluationPassed").asBoolean()).isTrue();
        assertThat(summary.get("approvedBudget").asString()).isEqualTo("1200000.00");
        assertThat(summary.get("milestones").get("launchedOn").asString()).isEqualTo("2021-11-01");
        assertThat(summary.get("milestones").get("evaluatedOn").asString()).isEqualTo("2023-07-01");
    }

    @Test
    void designationFromApplicationToGrant() throws Exception {
        String id = newId();
        command("manager-shidian", "", """
                {"projectId": "%s", "businessDate": "2022-02-12", "kind": "MODEL_SCHOOL",
                 "title": "施甸县第一完全小学创建省级文明校园", "jurisdiction": "CN-53/保山市/施甸县",
                 "ownerOrganisation": "施甸县教育体育局", "responsiblePerson": "P-0201",
                 "plannedCapacity": {"places": 0}}""".formatted(id), 201);
        command("manager-shidian", id + "/designation-applications", """
                {"businessDate": "2022-04-01", "designation": "省级文明校园", "level": "provincial",
                 "applicationBody": "施甸县教育体育局"}""", 200);
        command("manager-shidian", id + "/designation-grant", """
                {"businessDate": "2022-12-20", "level": "provincial", "grantingBody": "云南省精神文明建设委员会",
                 "documentNumber": "云文明〔2022〕9号"}""", 200);

        JsonNode summary = awaitVersion("auditor-shidian", id, 2);
        assertThat(summary.get("status").asString()).isEqualTo("GRANTED");
        assertThat(summary.get("track").asString()).isEqualTo("DESIGNATION");
        assertThat(summary.get("designationLevel").asString()).isEqualTo("provincial");
        assertThat(summary.get("milestones").get("appliedOn").asString()).isEqualTo("2022-04-01");
        assertThat(summary.get("milestones").get("grantedOn").asString()).isEqualTo("2022-12-20");
    }

    @Test
    void eventsRecordedWhileTheQuerySideIsStoppedAppearAfterItStarts() throws Exception {
        String id = newId();
        command(XX_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "EXPANSION",
                 "title": "XX区第九小学改扩建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0002",
                 "plannedCapacity": {"places": 1350, "streams": 5, "classes": 30}}""".formatted(id), 201);
        awaitVersion(XX_SUPERVISOR, id, 0);

        system.querySide().stop();
        command(XX_MANAGER, id + "/approval", """
                {"businessDate": "2022-03-01", "approvingBody": "XX区发展和改革局", "documentNumber": "X发改投资〔2022〕21号",
                 "approvedBudget": {"amount": "3600", "unit": "WAN_YUAN"}, "scope": "新建教学综合楼",
                 "plannedStart": "2022-06-01", "plannedCompletion": "2024-08-31"}""", 200);
        command(XX_MANAGER, id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "COUNTY_DISTRICT_FISCAL",
                 "amount": {"amount": "1000", "unit": "WAN_YUAN"}, "documentNumber": "X财教〔2022〕12号"}""", 200);
        system.querySide().restart(Duration.ofSeconds(120));

        JsonNode summary = awaitVersion(XX_SUPERVISOR, id, 2);
        assertThat(summary.get("status").asString()).isEqualTo("FUNDED");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("10000000.00");
    }

    @Test
    void aRejectedCommandLeavesNothingOnEitherSide() throws Exception {
        String id = newId();
        command(XX_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区第十幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0003",
                 "plannedCapacity": {"places": 270}}""".formatted(id), 201);

        HttpResponse<String> refused = post(XX_MANAGER, system.commandUrl() + "/api/projects/" + id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "MUNICIPAL_FISCAL", "amount": {"amount": "100"},
                 "documentNumber": "X"}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("rule").asString()).isEqualTo("not-approved");

        // a later accepted event is projected right after the registration: nothing came in between
        command(XX_MANAGER, id + "/cancellation", """
                {"businessDate": "2022-05-01", "reason": "选址调整"}""", 200);
        JsonNode summary = awaitVersion(XX_SUPERVISOR, id, 1);
        assertThat(summary.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(summary.get("allocatedTotal").asString()).isEqualTo("0.00");
    }

    @Test
    void theRecordedActorIsTheAuthenticatedUserAndARectificationOrderIsOverdueForItsSupervisorUntilRectified() {
        String id = newId();
        command(WEI_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2025-01-10", "kind": "NEW_BUILD",
                 "title": "魏县第九小学新建工程", "jurisdiction": "CN-13/邯郸市/魏县",
                 "ownerOrganisation": "魏县教育体育局", "responsiblePerson": "P-WX-09",
                 "plannedCapacity": {"places": 1080, "streams": 4, "classes": 24}}""".formatted(id), 201);
        command(WEI_MANAGER, id + "/approval", """
                {"businessDate": "2025-02-01", "approvingBody": "魏县发展和改革局", "documentNumber": "魏发改投资〔2025〕7号",
                 "approvedBudget": {"amount": "4200", "unit": "WAN_YUAN"}, "scope": "新建24个班小学一所",
                 "plannedStart": "2025-03-01", "plannedCompletion": "2025-12-31"}""", 200);
        command(WEI_MANAGER, id + "/construction-start", """
                {"businessDate": "2025-03-03", "contractor": "冀南建工集团有限公司"}""", 200);
        // a body cannot name the recorder (refused, naming the field, nothing stored): the actor is the authenticated user
        HttpResponse<String> claimed = post(WEI_MANAGER, system.commandUrl() + "/api/projects/" + id + "/progress-reports", """
                {"businessDate": "2025-04-30", "percentComplete": 20, "note": "基础工程施工", "actorUserId": "supervisor-cn"}""");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(400);
        assertThat(claimed.body()).contains("actorUserId");
        command(WEI_MANAGER, id + "/progress-reports", """
                {"businessDate": "2025-04-30", "percentComplete": 20, "note": "基础工程施工"}""", 200);

        // who may not: another county's manager, a manager ordering, the sibling county's supervisor, an auditor
        assertForbidden(post("manager-qiuxian", system.commandUrl() + "/api/projects/" + id + "/progress-reports", """
                {"businessDate": "2025-05-30", "percentComplete": 30, "note": "主体施工"}"""), "not-your-organisation");
        String order = """
                {"businessDate": "2025-06-02", "issuingBody": "魏县教育体育局", "findings": "施工进度滞后，安全文明施工措施不到位",
                 "deadline": "2025-07-31"}""";
        String orders = system.commandUrl() + "/api/projects/" + id + "/rectification-orders";
        assertForbidden(post(WEI_MANAGER, orders, order), "role-may-not");
        assertForbidden(post(QIU_SUPERVISOR, orders, order), "outside-jurisdiction");
        assertForbidden(post("auditor-weixian", orders, order), "role-may-not");
        assertThat(post(null, orders, order).statusCode()).as("anonymous").isEqualTo(401);

        // the county's supervisor orders rectification by a deadline now past (a back-dated order)
        command(WEI_SUPERVISOR, id + "/rectification-orders", order, 200);
        JsonNode timeline = awaitTimeline(WEI_SUPERVISOR, id, 5);
        JsonNode progress = timeline.get("events").get(3);
        assertThat(progress.get("type").asString()).isEqualTo("cn.edutrack.project.progress-reported.v1");
        assertRecordedBy(progress, WEI_MANAGER, "MANAGER", "魏县教育体育局", WEI);
        assertRecordedBy(timeline.get("events").get(4), WEI_SUPERVISOR, "SUPERVISOR", "魏县教育体育局", WEI);

        await().atMost(PROJECTED_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(rectificationOverdue(WEI_SUPERVISOR, null)).as("the county's supervisor").contains(id);
            assertThat(rectificationOverdue(WEI_SUPERVISOR, WEI)).contains(id);
            assertThat(rectificationOverdue("supervisor-handan", "CN-13/邯郸市")).as("the city's").contains(id);
        });
        assertThat(rectificationOverdue(QIU_SUPERVISOR, null)).as("the sibling county's supervisor").doesNotContain(id);
        assertForbidden(Http.get(QIU_SUPERVISOR, lagging(WEI)), "outside-jurisdiction");
        assertThat(Http.get(QIU_SUPERVISOR, system.queryUrl() + "/api/projects/" + id).statusCode())
                .as("nor the project").isEqualTo(403);

        // re-checked and found rectified: no longer overdue
        command(WEI_SUPERVISOR, id + "/rechecks", """
                {"businessDate": "2025-08-05", "orderNumber": 1, "result": "RECTIFIED", "findings": "已增加施工力量，整改到位"}""",
                200);
        JsonNode rechecked = awaitTimeline("auditor-handan", id, 6);
        assertRecordedBy(rechecked.get("events").get(5), WEI_SUPERVISOR, "SUPERVISOR", "魏县教育体育局", WEI);
        await().atMost(PROJECTED_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(rectificationOverdue(WEI_SUPERVISOR, WEI)).doesNotContain(id));
    }

    private static String newId() {
        return "PRJ-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aCheckpointAProjectAndTheCheckpointFileVerifyIntact(@TempDir Path dir) throws Exception {
        String id = newId();
        command(XX_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区审计幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12}}""".formatted(id), 201);
        command(XX_MANAGER, id + "/approval", """
                {"businessDate": "2022-03-01", "expectedVersion": 0, "approvingBody": "XX区发展和改革局",
                 "documentNumber": "X发改投资〔2022〕99号", "approvedBudget": {"amount": "500", "unit": "WAN_YUAN"},
                 "scope": "新建教学楼", "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}""", 200);
        Path file = dir.resolve("checkpoint.json");

        Run checkpoint = audit("checkpoint", "--out", file.toString());
        Run project = audit("verify", "--project", id);
        Run everything = audit("verify", "--checkpoint", file.toString());
        Run again = audit("checkpoint", "--out", file.toString());

        assertThat(checkpoint.status).as(checkpoint.toString()).isZero();
        assertThat(Files.readString(file)).contains("\"edutrack-checkpoint/1\"");
        assertThat(checkpoint.out).contains("checkpoint ").contains(" made, written to " + file).contains("root ");
        assertThat(project.status).as(project.toString()).isZero();
        assertThat(project.out).startsWith(id + ": intact (2 event(s), ");
        assertThat(everything.status).as(everything.toString()).isZero();
        assertThat(everything.out).contains("file consistent, root matches").contains(": intact");
        assertThat(again.status).as("the kept file is not overwritten").isEqualTo(2);
    }

    @Test
    void anAuditorReadsACorrectedHistoryWhatWasKnownBeforeTheCorrectionAndExportsIt(@TempDir Path dir) throws Exception {
        String id = newId();
        command(XX_MANAGER, "", """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "NEW_BUILD",
                 "title": "XX区更正示例幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "XX区教育局", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12}}""".formatted(id), 201);
        command(XX_MANAGER, id + "/approval", """
                {"businessDate": "2022-03-01", "approvingBody": "XX区发展和改革局", "documentNumber": "X发改投资〔2022〕77号",
                 "approvedBudget": {"amount": "1000", "unit": "WAN_YUAN"}, "scope": "新建教学楼",
                 "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}""", 200);
        command(XX_MANAGER, id + "/allocations", """
                {"businessDate": "2022-04-01", "source": "MUNICIPAL_FISCAL", "amount": {"amount": "800", "unit": "WAN_YUAN"},
                 "documentNumber": "X财教〔2022〕18号", "comment": "据市财政局拨款文件录入"}""", 200);
        JsonNode beforeCorrection = awaitVersion(XX_SUPERVISOR, id, 2);
        String knownBefore = beforeCorrection.get("lastRecordedAt").asString();
        command(XX_MANAGER, id + "/corrections", """
                {"correctedSequence": 2, "changes": {"amount": "7500000.00"},
                 "reason": "以国库支付凭证为准，实际拨付750万元"}""", 200);

        JsonNode corrected = awaitVersion(XX_SUPERVISOR, id, 3);
        assertThat(corrected.get("allocatedTotal").asString()).isEqualTo("7500000.00");

        Run history = audit("history", "--project", id);
        Run asKnownBefore = audit("as-of", "--project", id, "--known-at", knownBefore);
        Run asKnownNow = audit("as-of", "--project", id);
        Path csv = dir.resolve(id + ".csv");
        Run export = audit("export", "--project", id, "--format", "csv", "--out", csv.toString());

        assertThat(history.status).as(history.toString()).isZero();
        assertThat(history.out).contains("corrected by #3").contains("corrects #2")
                .contains("comment: 据市财政局拨款文件录入")
                .contains("recorded ").contains(" by manager-xx-qu (MANAGER, XX区教育局)")
                .contains("allocatedTotal: 8000000.00 → 7500000.00");
        assertThat(asKnownBefore.status).as(asKnownBefore.toString()).isZero();
        assertThat(asKnownBefore.out).contains("allocatedTotal: 8000000.00").contains("corrections applied: none");
        assertThat(asKnownNow.out).contains("allocatedTotal: 7500000.00").contains("corrections applied: #3");
        assertThat(export.status).as(export.toString()).isZero();
        assertThat(export.out).contains("project " + id + ": 4 event(s) exported as csv");
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF").contains("cn.edutrack.project.event-corrected.v1")
                .contains("据市财政局拨款文件录入").contains("以国库支付凭证为准");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run audit(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withUrl = new String[args.length + 4];
        System.arraycopy(args, 0, withUrl, 0, args.length);
        withUrl[args.length] = "--url";
        withUrl[args.length + 1] = system.commandUrl();
        withUrl[args.length + 2] = "--query-url";
        withUrl[args.length + 3] = system.queryUrl();
        int status = new AuditCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("EDUTRACK_USER", "auditor-cn", "EDUTRACK_PASSWORD", DemoUsers.PASSWORD), user -> null)
                .run(withUrl);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void command(String user, String path, String json, int expectedStatus) {
        HttpResponse<String> response = post(user, system.commandUrl() + "/api/projects"
                + (path.isEmpty() ? "" : "/" + path), json);
        assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
    }

    private static JsonNode awaitVersion(String reader, String id, long version) {
        return await().atMost(PROJECTED_WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> get(reader, system.queryUrl() + "/api/projects/" + id),
                        node -> node != null && node.get("version").asLong() == version);
    }

    private static JsonNode awaitTimeline(String reader, String id, int events) {
        return await().atMost(PROJECTED_WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> get(reader, system.queryUrl() + "/api/projects/" + id + "/timeline"),
                        node -> node != null && node.get("events").size() == events);
    }

    private static void assertRecordedBy(JsonNode event, String userId, String role, String organisation,
                                         String jurisdiction) {
        JsonNode recordedBy = event.get("recordedBy");
        assertThat(recordedBy).as("recordedBy of " + event).isNotNull();
        assertThat(recordedBy.get("userId").asString()).isEqualTo(userId);
        assertThat(recordedBy.get("role").asString()).isEqualTo(role);
        assertThat(recordedBy.get("organisation").asString()).isEqualTo(organisation);
        assertThat(recordedBy.get("jurisdiction").asString()).isEqualTo(jurisdiction);
    }

    private static String lagging(String jurisdiction) {
        return system.queryUrl() + "/api/lagging" + (jurisdiction == null ? "" : "?jurisdiction=" + Http.encode(jurisdiction));
    }

    /** The project ids of {@code rectificationOverdue} in the lagging answer to this user. */
    private static List<String> rectificationOverdue(String user, String jurisdiction) {
        HttpResponse<String> response = Http.get(user, lagging(jurisdiction));
        assertThat(response.statusCode()).as(user + " " + response.body()).isEqualTo(200);
        JsonNode rows = Http.json(response).get("rectificationOverdue");
        assertThat(rows).as("rectificationOverdue in " + response.body()).isNotNull();
        return rows.valueStream().map(row -> row.get("projectId").asString()).toList();
    }

    private static void assertForbidden(HttpResponse<String> response, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(Http.json(response).path("rule").asString("")).as(response.body()).isEqualTo(rule);
    }

    /** The JSON of a 200 answer, else null. */
    private static JsonNode get(String user, String url) {
        return Http.getJsonOrNull(user, url);
    }

    private static HttpResponse<String> post(String user, String url, String json) {
        return Http.post(user, url, json);
    }
}
