package cn.edutrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The correction form: which events of the timeline the user is offered to correct, the values in force (those of
 * the latest correction, decimals as written) prefilled, only what changed sent with the payload's JSON types,
 * nothing changed refused at once, the command side's problems next to the field or, for a rule, at the top.
 */
class CorrectionFormTest extends WebTestSupport {

    private static final Pattern CORRECT = Pattern.compile("id=\"(correct-\\d+)\"");

    /**
     * 0 the registration, 1 an allocation, 2 a completion corrected by 3, 4 a supervisor's rectification order, 5 an
     * assignment to a plan, 6 a suspension.
     */
    private static final String HISTORY = """
            {"projectId":"PRJ-1","version":6,"events":[\
            {"sequence":0,"type":"cn.edutrack.project.registered.v1","businessDate":"2023-01-05",\
            "recordedAt":"2023-01-05T01:00:00Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2023-01-05","recordedAt":"2023-01-05T01:00:00Z",\
            "kind":"NEW_BUILD","title":"第一小学新建","jurisdiction":"CN-45/XX市/XX区","ownerOrganisation":"ORG-XXQ-EDU",\
            "responsiblePerson":"P-1","plannedCapacity":{"places":1080,"streams":24,"classes":24},\
            "planReference":"XX区十四五规划"}},\
            {"sequence":1,"type":"cn.edutrack.project.funding-allocated.v1","businessDate":"2023-03-01",\
            "recordedAt":"2023-03-01T02:30:15Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2023-03-01","recordedAt":"2023-03-01T02:30:15.123Z",\
            "allocationId":"ALLOC-1","source":"MUNICIPAL_FISCAL","amount":"3000000.00",\
            "documentNumber":"X财教〔2023〕8号"}},\
            {"sequence":2,"type":"cn.edutrack.project.construction-completed.v1","businessDate":"2024-08-20",\
            "recordedAt":"2024-08-21T02:00:00Z","correctedBy":[3],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2024-08-20","recordedAt":"2024-08-21T02:00:00Z",\
            "actualCapacity":{"places":1080,"streams":24,"classes":0},"floorAreaSquareMetres":12000.5}},\
            {"sequence":3,"type":"cn.edutrack.project.event-corrected.v1","businessDate":"2024-09-01",\
            "recordedAt":"2024-09-01T02:00:00Z","corrects":2,"correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2024-09-01","recordedAt":"2024-09-01T02:00:00Z",\
            "correctedSequence":2,"correctedType":"cn.edutrack.project.construction-completed.v1",\
            "corrected":{"projectId":"PRJ-1","businessDate":"2024-08-20","recordedAt":"2024-08-21T02:00:00Z",\
            "actualCapacity":{"places":1080,"streams":24,"classes":27},"floorAreaSquareMetres":12345.60},\
            "reason":"竣工验收备案表核定"}},\
            {"sequence":4,"type":"cn.edutrack.project.rectification-ordered.v1","businessDate":"2024-09-10",\
            "recordedAt":"2024-09-10T02:00:00Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2024-09-10","recordedAt":"2024-09-10T02:00:00Z",\
            "orderNumber":1,"issuingBody":"XX区教育局","findings":"消防通道堵塞","deadline":"2024-10-10"}},\
            {"sequence":5,"type":"cn.edutrack.project.assigned-to-plan.v1","businessDate":"2024-09-12",\
            "recordedAt":"2024-09-12T02:00:00Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","planId":"xx-district-2021","programmeId":"PRG-01","targetId":"TGT-K"}},\
            {"sequence":6,"type":"cn.edutrack.project.suspended.v1","businessDate":"2024-09-15",\
            "recordedAt":"2024-09-15T02:00:00Z","correctedBy":[],"changes":[],\
            "payload":{"projectId":"PRJ-1","businessDate":"2024-09-15","recordedAt":"2024-09-15T02:00:00Z",\
            "reason":"资金未到位"}}]}""";

    private MockHttpSession as(String username, String me) throws Exception {
        MockHttpSession session = login(username, me);
        BACKEND.answer("GET /api/projects/PRJ-1", 200, Fixtures.summary("PRJ-1", "第一小学新建", "SUSPENDED",
                        "ORG-XXQ-EDU"))
                .answer("GET /api/projects/PRJ-1/history", 200, HISTORY)
                .answer("GET /api/audit/projects/PRJ-1/verification", 403, Fixtures.FORBIDDEN)
                .answer("POST /api/projects/PRJ-1/corrections", 200,
                        "{\"projectId\":\"PRJ-1\",\"version\":7,\"sequence\":7,\"correctedSequence\":1}");
        return session;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private List<String> correctionLinks(MockHttpSession session) throws Exception {
        Matcher m = CORRECT.matcher(page(get("/projects/PRJ-1").session(session)));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private List<StubBackend.Request> posts() {
        return BACKEND.requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** The allocation's form as shown (the values in force), with the inputs named in {@code changed} changed. */
    private MockHttpServletRequestBuilder allocation(MockHttpSession session, String... changed) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("businessDate", "2023-03-01",
                "source", "MUNICIPAL_FISCAL", "amount.amount", "3000000.00", "amount.unit", "YUAN",
                "documentNumber", "X财教〔2023〕8号", "reason", "", "comment", ""));
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/projects/PRJ-1/corrections/1").session(session).with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void theTimelineOffersToCorrectWhatTheUserRecordsTheKindOf() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);
        assertThat(correctionLinks(manager)).containsExactly("correct-0", "correct-1", "correct-2", "correct-6");
        assertThat(page(get("/projects/PRJ-1").session(manager))).containsPattern(
                "<a class=\"correct-event\" id=\"correct-1\"\\s+href=\"/projects/PRJ-1/corrections/1\">更正第 1 号记录</a>");

        assertThat(correctionLinks(as("supervisor-xxq", SUPERVISOR))).containsExactly("correct-4");
        // an administrator covering the project corrects its registration, as the command side allows, and nothing else
        assertThat(correctionLinks(as("admin-xxq", ADMINISTRATOR))).containsExactly("correct-0");
        assertThat(correctionLinks(as("admin-yyq", OTHER_ADMINISTRATOR))).isEmpty();
        assertThat(correctionLinks(as("manager-yyq", OTHER_MANAGER))).isEmpty();
        assertThat(correctionLinks(as("auditor-cn", AUDITOR))).isEmpty();
    }

    @Test
    void anAdministratorCoveringTheProjectCorrectsItsRegistrationOnly() throws Exception {
        MockHttpSession admin = as("admin-xxq", ADMINISTRATOR);
        String form = flat(page(get("/projects/PRJ-1/corrections/0").session(admin)));
        assertThat(form).contains("value=\"第一小学新建\"").doesNotContain("name=\"kind\"")
                .doesNotContain("name=\"jurisdiction\"").doesNotContain("name=\"ownerOrganisation\"");

        mvc.perform(post("/projects/PRJ-1/corrections/0").session(admin).with(csrf())
                        .param("businessDate", "2023-01-05").param("title", "第一小学新建工程")
                        .param("responsiblePerson", "P-1").param("plannedCapacity.places", "1080")
                        .param("plannedCapacity.streams", "24").param("plannedCapacity.classes", "24")
                        .param("planReference", "XX区十四五规划").param("reason", "按立项批复更正名称")
                        .param("comment", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(posts()).singleElement().satisfies(p -> assertThat(p.body()).isEqualTo(
                "{\"correctedSequence\":0,\"changes\":{\"title\":\"第一小学新建工程\"},\"reason\":\"按立项批复更正名称\"}"));

        mvc.perform(get("/projects/PRJ-1/corrections/1").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/projects/PRJ-1/corrections/0").session(as("admin-yyq", OTHER_ADMINISTRATOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEventAlreadyCorrectedIsShownWithTheValuesOfItsLatestCorrectionDecimalsAsWritten() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);

        String form = flat(page(get("/projects/PRJ-1/corrections/2").session(manager)));

        assertThat(form).contains("<dd class=\"seq\">#2</dd>", "<dd class=\"event-type\">竣工</dd>",
                "<dd class=\"business-date\">2024-08-20</dd>",
                "<p id=\"already-corrected\" class=\"notice\">此记录已被更正（#3），以下为现行内容。</p>",
                "<form id=\"correction-form\" method=\"post\" class=\"form\" novalidate "
                        + "action=\"/projects/PRJ-1/corrections/2\">",
                "<input id=\"businessDate\" name=\"businessDate\" type=\"date\" value=\"2024-08-20\"",
                "<input id=\"actualCapacity-places\" name=\"actualCapacity.places\" type=\"number\" min=\"0\" "
                        + "step=\"1\" value=\"1080\" aria-invalid=\"false\" required=\"required\">",
                "<input id=\"actualCapacity-classes\" name=\"actualCapacity.classes\" type=\"number\" min=\"0\" "
                        + "step=\"1\" value=\"27\" aria-invalid=\"false\" required=\"required\">",
                "<input id=\"floorAreaSquareMetres\" name=\"floorAreaSquareMetres\" type=\"text\" "
                        + "inputmode=\"decimal\" value=\"12345.60\" aria-invalid=\"false\">",
                "<label for=\"reason\">更正原因</label>", "id=\"comment\"",
                "<button id=\"submit\" type=\"submit\">提交</button>").doesNotContain("value=\"12000.5\"");
    }

    @Test
    void onlyTheChangedFieldsAreSentANestedValueWholeAndADecimalsDigitsCount() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);

        mvc.perform(post("/projects/PRJ-1/corrections/2").session(manager).with(csrf())
                        .param("businessDate", "2024-08-20").param("actualCapacity.places", "1100")
                        .param("actualCapacity.streams", "24").param("actualCapacity.classes", "27")
                        .param("floorAreaSquareMetres", "12345.60").param("reason", "竣工验收备案表核定为1100个学位")
                        .param("comment", "区教育局计划财务科复核"))
                .andExpect(redirectedUrl("/projects/PRJ-1"))
                .andExpect(flash().attribute("flash", "已更正第 2 号记录。"));

        StubBackend.Request sent = posts().get(0);
        assertThat(sent.pathAndQuery()).isEqualTo("/api/projects/PRJ-1/corrections");
        assertThat(sent.body()).isEqualTo("{\"correctedSequence\":2,\"changes\":{\"actualCapacity\":{\"places\":1100,"
                + "\"streams\":24,\"classes\":27}},\"reason\":\"竣工验收备案表核定为1100个学位\","
                + "\"comment\":\"区教育局计划财务科复核\"}");
        assertThat(sent.authorization()).isEqualTo(basic("manager-xxq"));

        mvc.perform(post("/projects/PRJ-1/corrections/2").session(manager).with(csrf())
                        .param("businessDate", "2024-08-20").param("actualCapacity.places", "1080")
                        .param("actualCapacity.streams", "24").param("actualCapacity.classes", "27")
                        .param("floorAreaSquareMetres", "12345.6").param("reason", "面积按图纸"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(posts().get(1).body()).isEqualTo("{\"correctedSequence\":2,\"changes\":"
                + "{\"floorAreaSquareMetres\":12345.6},\"reason\":\"面积按图纸\"}");
    }

    @Test
    void moneyIsSentAsAYuanStringAndADateAsADate() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);
        assertThat(flat(page(get("/projects/PRJ-1/corrections/1").session(manager)))).contains(
                "<input id=\"amount-amount\" name=\"amount.amount\" type=\"text\" inputmode=\"decimal\" "
                        + "value=\"3000000.00\" aria-invalid=\"false\" required=\"required\">",
                "<option value=\"YUAN\" selected=\"selected\">元</option>",
                "<option value=\"MUNICIPAL_FISCAL\" selected=\"selected\">市级财政</option>");

        mvc.perform(allocation(manager, "businessDate", "2023-03-02", "amount.amount", "30", "amount.unit", "WAN_YUAN",
                        "reason", "金额录入错误"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));

        assertThat(posts()).singleElement().extracting(StubBackend.Request::body).isEqualTo(
                "{\"correctedSequence\":1,\"changes\":{\"businessDate\":\"2023-03-02\",\"amount\":\"300000\"},"
                        + "\"reason\":\"金额录入错误\"}");
    }

    @Test
    void nothingChangedIsSaidAtOnceWithoutARequest() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);

        String page = page(allocation(manager, "reason", "核对"));
        assertThat(page).contains("<p id=\"form-error\" class=\"error\" role=\"alert\">未修改任何内容，无需更正。</p>",
                "value=\"3000000.00\"", ">核对</textarea>");

        String sameInWan = page(allocation(manager, "amount.amount", "300", "amount.unit", "WAN_YUAN", "reason", "核对",
                "lang", "en"));
        assertThat(sameInWan).contains("<p id=\"form-error\" class=\"error\" role=\"alert\">"
                + "Nothing was changed: there is nothing to correct.</p>");

        String noReason = page(allocation(manager, "documentNumber", "X财教〔2023〕9号", "reason", " "));
        assertThat(noReason).contains("<p id=\"reason-error\" class=\"field-error\">更正原因：此项必填。</p>")
                .doesNotContain("id=\"form-error\"");
        assertThat(posts()).isEmpty();
    }

    @Test
    void aProblemWithAValueIsShownNextToItsInputARuleAtTheTopInTheUsersLanguage() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);
        BACKEND.answer("POST /api/projects/PRJ-1/corrections", 400, """
                {"type":"urn:edutrack:problem:invalid-correction","status":400,"rule":"invalid-correction",\
                "detail":"changes.amount is not a valid value here: amount has more than two decimals (fen)",\
                "errors":[{"field":"changes.amount","message":"changes.amount is not a valid value here"}]}""");

        String page = page(allocation(manager, "amount.amount", "3000000.001", "reason", "更正金额"));
        assertThat(page).contains("<p id=\"amount-amount-error\" class=\"field-error\">金额：更正后的值在此无效。</p>",
                "aria-invalid=\"true\" aria-describedby=\"amount-amount-error\"", "value=\"3000000.001\"",
                ">更正金额</textarea>").doesNotContain("id=\"form-error\"");

        BACKEND.answer("POST /api/projects/PRJ-1/corrections", 422, """
                {"type":"urn:edutrack:problem:correction-breaks-stage-order","status":422,\
                "rule":"correction-breaks-stage-order","correctedSequence":1,\
                "detail":"FundingAllocated (event 1) would be dated 2023-01-01, before ProjectApproved (event 0)",\
                "errors":[{"field":"changes.businessDate","message":"FundingAllocated (event 1) would be dated"}]}""");
        page = page(allocation(manager, "businessDate", "2023-01-01", "reason", "日期有误"));
        assertThat(page).contains("<p id=\"form-error\" class=\"error\" role=\"alert\">"
                + "更正后的日期会打乱各阶段及相关记录的先后顺序。</p>", "value=\"2023-01-01\"")
                .doesNotContain("id=\"businessDate-error\"");

        String english = page(allocation(manager, "businessDate", "2023-01-01", "reason", "wrong date",
                "lang", "en"));
        assertThat(english).contains("<p id=\"form-error\" class=\"error\" role=\"alert\">"
                + "The corrected date would put the stages, or the records that depend on them, out of order.</p>");
    }

    @Test
    void thePayloadsReasonHasAnInputOfItsOwnAndAnOptionalValueIsClearedWithNull() throws Exception {
        MockHttpSession manager = as("manager-xxq", MANAGER);
        assertThat(page(get("/projects/PRJ-1/corrections/6").session(manager))).contains(
                "<label for=\"recordedReason\">原记录中的原因</label>", ">资金未到位</textarea>",
                "<label for=\"reason\">更正原因</label>");
        mvc.perform(post("/projects/PRJ-1/corrections/6").session(manager).with(csrf())
                        .param("businessDate", "2024-09-15").param("recordedReason", "专项债券资金未到位")
                        .param("reason", "原因表述不准确"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(posts().get(0).body()).isEqualTo("{\"correctedSequence\":6,\"changes\":"
                + "{\"reason\":\"专项债券资金未到位\"},\"reason\":\"原因表述不准确\"}");

        String registration = page(get("/projects/PRJ-1/corrections/0").session(manager));
        assertThat(registration).contains("id=\"title\"", "id=\"plannedCapacity-places\"", "value=\"XX区十四五规划\"")
                .doesNotContain("id=\"kind\"", "id=\"jurisdiction\"", "id=\"ownerOrganisation\"", "id=\"projectId\"");
        mvc.perform(post("/projects/PRJ-1/corrections/0").session(manager).with(csrf())
                        .param("businessDate", "2023-01-05").param("title", "第一小学新建")
                        .param("responsiblePerson", "P-1").param("plannedCapacity.places", "1080")
                        .param("plannedCapacity.streams", "24").param("plannedCapacity.classes", "24")
                        .param("planReference", "").param("reason", "登记时误填规划依据"))
                .andExpect(redirectedUrl("/projects/PRJ-1"));
        assertThat(posts().get(1).body()).isEqualTo("{\"correctedSequence\":0,\"changes\":{\"planReference\":null},"
                + "\"reason\":\"登记时误填规划依据\"}");
    }

    @Test
    void whoDoesNotRecordTheKindIsRefusedAndWhatIsNotCorrectedIsNotFound() throws Exception {
        MockHttpSession supervisor = as("supervisor-xxq", SUPERVISOR);
        mvc.perform(get("/projects/PRJ-1/corrections/1").session(supervisor)).andExpect(status().isForbidden());
        mvc.perform(allocation(supervisor, "amount.amount", "1", "reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(posts()).isEmpty();
        mvc.perform(get("/projects/PRJ-1/corrections/4").session(supervisor)).andExpect(status().isOk());

        MockHttpSession manager = as("manager-xxq", MANAGER);
        mvc.perform(get("/projects/PRJ-1/corrections/4").session(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/projects/PRJ-1/corrections/3").session(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/projects/PRJ-1/corrections/5").session(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/projects/PRJ-1/corrections/99").session(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/projects/PRJ-1/corrections/1").session(as("manager-yyq", OTHER_MANAGER)))
                .andExpect(status().isForbidden());
    }
}
