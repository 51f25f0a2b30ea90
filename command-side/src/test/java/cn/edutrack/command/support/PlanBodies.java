package cn.edutrack.command.support;

import java.util.UUID;

/** Request bodies of the plan and jurisdiction API, as a client would write them. */
public final class PlanBodies {

    private PlanBodies() {
    }

    /** A fresh plan id, so that tests sharing one database keep apart. */
    public static String newPlanId() {
        return "t-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A fresh district code below CN-45/XX市. */
    public static String newDistrictCode() {
        return "CN-45/XX市/T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "区";
    }

    public static String jurisdiction(String code, String name, String level, String parent) {
        return """
                {"businessDate": "2021-03-01", "code": "%s", "name": "%s", "level": "%s"%s,
                 "source": {"quote": "统筹规划XX市XX区教育事业"}}
                """.formatted(code, name, level, parent == null ? "" : ", \"parent\": \"" + parent + "\"");
    }

    public static String plan(String planId) {
        return """
                {"businessDate": "2021-03-01", "planId": "%s", "jurisdiction": "CN-45/XX市/XX区",
                 "title": "XX区教育事业发展“十四五”规划", "type": "FIVE_YEAR_PLAN", "periodFrom": 2021, "periodTo": 2025,
                 "baselineYear": 2020, "issuer": "XX区人民政府", "documentNumber": "X政发〔2021〕8号",
                 "flags": ["anonymised"], "source": {"quote": "统筹规划XX市XX区教育事业", "ref": "前言"}}
                """.formatted(planId);
    }

    /** The binding indicator "retention": baseline 96.83 in 2020, at least {@code target} by 2025. */
    public static String indicator(String target) {
        return """
                {"businessDate": "2021-03-01", "indicatorId": "retention", "name": "九年义务教育巩固率", "unit": "%%",
                 "attribute": "BINDING", "concept": "COMPULSORY_RETENTION_RATE",
                 "baseline": {"year": 2020, "value": 96.83, "asWritten": "96.83"},
                 "targetYear": 2025, "target": {"comparator": "AT_LEAST", "value": %s, "asWritten": "%s以上"},
                 "source": {"quote": "九年义务教育巩固率(%%)96.8397以上约束性", "ref": "表2"}}
                """.formatted(target, target);
    }

    public static String programme() {
        return """
                {"businessDate": "2021-03-01", "programmeId": "col7", "name": "教育资源扩容提质工程",
                 "kind": "SPECIAL_COLUMN", "number": "专栏7"}
                """;
    }

    /** Target "kg" of programme col7: {@code planned} kindergartens new or expanded. */
    public static String target(String planned) {
        return """
                {"businessDate": "2021-03-01", "targetId": "kg", "programmeId": "col7", "name": "幼儿园新建、改扩建",
                 "counts": "KINDERGARTENS", "planned": {"comparator": "EQUAL", "value": %s, "asWritten": "%s所"}}
                """.formatted(planned, planned);
    }

    public static String measurement(int year, String value) {
        return """
                {"businessDate": "2024-03-15", "year": %d, "value": %s, "asWritten": "%s%%",
                 "flags": ["estimate"], "sourceReference": "XX区2023年教育统计公报"}
                """.formatted(year, value, value);
    }
}
