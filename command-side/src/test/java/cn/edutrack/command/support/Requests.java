package cn.edutrack.command.support;

import java.util.UUID;

/** Request bodies of the command API, as a client would write them. */
public final class Requests {

    private Requests() {
    }

    public static String newProjectId() {
        return "PRJ-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static String register(String projectId, String kind) {
        return """
                {"projectId": "%s", "businessDate": "2022-01-10", "kind": "%s",
                 "title": "XX区第三实验幼儿园新建工程", "jurisdiction": "CN-45/XX市/XX区",
                 "ownerOrganisation": "ORG-XXQ-JYJ", "responsiblePerson": "P-0001",
                 "plannedCapacity": {"places": 360, "streams": 4, "classes": 12},
                 "planReference": "XX区教育发展十四五规划 专栏7"}
                """.formatted(projectId, kind);
    }

    public static String approve(String budgetWanYuan) {
        return """
                {"businessDate": "2022-03-01", "approvingBody": "XX区发展和改革局",
                 "documentNumber": "X发改投资〔2022〕15号",
                 "approvedBudget": {"amount": "%s", "unit": "WAN_YUAN"},
                 "scope": "新建教学楼及附属设施", "plannedStart": "2022-05-01", "plannedCompletion": "2023-08-31"}
                """.formatted(budgetWanYuan);
    }

    public static String allocate(String source, String yuan) {
        return """
                {"businessDate": "2022-04-01", "source": "%s", "amount": {"amount": "%s"},
                 "documentNumber": "X财教〔2022〕8号"}
                """.formatted(source, yuan);
    }

    public static String start() {
        return """
                {"businessDate": "2022-05-06", "contractor": "XX建工集团有限公司"}
                """;
    }

    public static String progress(int percent) {
        return """
                {"businessDate": "2022-11-30", "percentComplete": %d, "note": "主体结构封顶"}
                """.formatted(percent);
    }

    public static String complete(int places) {
        return """
                {"businessDate": "2023-08-20", "actualCapacity": {"places": %d, "streams": 4, "classes": 12},
                 "floorAreaSquareMetres": "5230.5"}
                """.formatted(places);
    }

    public static String failAcceptance() {
        return """
                {"businessDate": "2023-09-01", "inspectingBody": "XX区住房和城乡建设局",
                 "findings": "消防通道不达标", "rectificationDeadline": "2023-10-15"}
                """;
    }

    public static String passAcceptance() {
        return """
                {"businessDate": "2023-10-20", "inspectingBody": "XX区住房和城乡建设局", "documentNumber": "YS-2023-031"}
                """;
    }

    public static String putIntoService() {
        return """
                {"businessDate": "2023-11-01", "firstEnrolment": 320}
                """;
    }
}
