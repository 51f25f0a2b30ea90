package cn.edutrack.web;

/** Backend answers in the documented shapes (docs/contracts.md), trimmed to what the pages show plus a few extras. */
final class Fixtures {

    private Fixtures() {
    }

    static final String PLANS = """
            [{"planId":"xx-district-2021","jurisdiction":"CN-45/XX市/XX区","jurisdictionName":"XX区",\
            "title":"XX区教育发展十四五规划","type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025,"version":7},\
            {"planId":"xx-city-2021","jurisdiction":"CN-45/XX市","jurisdictionName":"XX市",\
            "title":"XX市教育发展十四五规划","type":"FIVE_YEAR","periodFrom":2021,"periodTo":2025,"version":3}]""";

    static final String PROGRESS = """
            {"planId":"xx-district-2021","title":"XX区教育发展十四五规划","jurisdiction":"CN-45/XX市/XX区",\
            "periodFrom":2021,"periodTo":2025,"asOf":"2024-06-30","elapsedShare":0.7,"knownAt":null,\
            "targets":[{"targetId":"T-PLACES","programmeId":"P1","name":"新增公办学位","counts":"PLACES",\
            "firmness":"FIRM","planned":{"comparator":"AT_LEAST","value":12000},"goal":12000,"flags":[],"revisions":0,\
            "projects":5,"stages":{"approved":5,"funded":4,"constructionStarted":4,"completed":2,"accepted":2,\
            "inService":1,"acceptanceFailed":1,"cancelled":0},"delivered":2160,"pipeline":{"approved":1,\
            "underConstruction":2,"completed":1},"percentOfTarget":18.0,"expectedByDate":8400,"status":"BEHIND",\
            "portfolios":[]},\
            {"targetId":"T-SCHOOLS","programmeId":"P1","name":"新建学校","counts":"SCHOOLS","firmness":"FIRM",\
            "goal":6,"projects":3,"stages":{"approved":3,"funded":3,"constructionStarted":3,"completed":3,\
            "accepted":3,"inService":3,"acceptanceFailed":0,"cancelled":0},"delivered":3,"percentOfTarget":50.0,\
            "expectedByDate":4.2,"status":"AT_RISK","portfolios":[]}],"softTargets":[]}""";

    static final String LAGGING = """
            {"jurisdiction":"CN-45/XX市/XX区","asOf":"2024-06-30",\
            "overdue":[{"projectId":"PRJ-OVERDUE","title":"第三小学扩建","jurisdiction":"CN-45/XX市/XX区",\
            "track":"CONSTRUCTION","status":"UNDER_CONSTRUCTION","plannedCompletion":"2024-03-31","daysOverdue":91,\
            "acceptanceFailures":0,"rectificationOverdue":false}],\
            "failedAcceptance":[{"projectId":"PRJ-FAILED","title":"第五中学新建","jurisdiction":"CN-45/XX市/XX区",\
            "status":"ACCEPTANCE_FAILED","acceptanceFailedOn":"2024-05-10","acceptanceFailures":1,\
            "rectificationOverdue":false}],\
            "stale":[],\
            "rectificationOverdue":[{"projectId":"PRJ-FAILED","title":"第五中学新建","jurisdiction":"CN-45/XX市/XX区",\
            "status":"ACCEPTANCE_FAILED","orderNumber":2,"orderedOn":"2024-04-01","issuingBody":"XX区教育局",\
            "findings":"消防通道","deadline":"2024-06-01","daysOverdue":29,"rechecks":0}]}""";

    static String page(int page, int totalPages, long totalItems, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":20,\"totalItems\":"
                + totalItems + ",\"totalPages\":" + totalPages + "}";
    }

    static String summary(String id, String title, String status, String owner) {
        return """
                {"projectId":"%s","track":"CONSTRUCTION","kind":"NEW_SCHOOL","title":"%s",\
                "jurisdiction":"CN-45/XX市/XX区","ownerOrganisation":"%s","responsiblePerson":"P-1","status":"%s",\
                "milestones":{"registeredOn":"2023-01-05","approvedOn":"2023-02-10","fundedOn":"2023-03-01",\
                "constructionStartedOn":"2023-04-01","completedOn":null},"plannedStart":"2023-04-01",\
                "plannedCompletion":"2024-08-31","approvedBudget":"12000000.00","allocatedTotal":"8000000.00",\
                "allocatedBySource":{"CENTRAL_FISCAL":"5000000.00","MUNICIPAL_FISCAL":"3000000.00"},\
                "percentComplete":60,"progressReportedOn":"2024-05-31","lastEventOn":"2024-05-31",\
                "lastRecordedAt":"2024-05-31T02:00:00Z","version":9,"openRectificationOrders":0,\
                "rectificationOrders":[],"summonses":0}""".formatted(id, title, owner, status);
    }

    static final String HISTORY = """
            {"projectId":"PRJ-1","version":3,"events":[\
            {"sequence":0,"eventId":"e0","type":"cn.edutrack.project.registered.v1","businessDate":"2023-01-05",\
            "recordedAt":"2023-01-05T01:00:00Z","summary":"registered","payload":{},"recordedBy":null,\
            "comment":null,"requestId":null,"causationId":null,"correlationId":null,"corrects":null,\
            "correctedBy":[],"changes":[{"field":"status","before":null,"after":"REGISTERED"}]},\
            {"sequence":1,"eventId":"e1","type":"cn.edutrack.project.funding-allocated.v1",\
            "businessDate":"2023-03-01","recordedAt":"2023-03-01T02:30:15.123Z","summary":"funding",\
            "payload":{"amount":"3000000.00"},"recordedBy":{"userId":"manager-xxq","role":"MANAGER",\
            "organisation":"ORG-XXQ-EDU","jurisdiction":"CN-45/XX市/XX区"},"comment":"第一笔市级资金",\
            "requestId":"req-1","causationId":"c1","correlationId":"t1","corrects":null,"correctedBy":[2],\
            "changes":[{"field":"funding.MUNICIPAL_FISCAL","before":null,"after":"3000000.00"}]},\
            {"sequence":2,"eventId":"e2","type":"cn.edutrack.project.event-corrected.v1",\
            "businessDate":"2023-03-05","recordedAt":"2023-03-05T03:00:00Z","summary":"corrected",\
            "payload":{},"recordedBy":{"userId":"manager-xxq","role":"MANAGER","organisation":"ORG-XXQ-EDU",\
            "jurisdiction":"CN-45/XX市/XX区"},"comment":"金额录入错误","requestId":"req-2","causationId":"c2",\
            "correlationId":"t2","corrects":1,"correctedBy":[],\
            "changes":[{"field":"funding.MUNICIPAL_FISCAL","before":"3000000.00","after":"300000.00"}]}]}""";

    static final String VERIFICATION_INTACT = """
            {"aggregateId":"PRJ-1","events":3,"sealed":3,"intact":true,"problems":[]}""";

    static final String FORBIDDEN = """
            {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"role-may-not",\
            "detail":"manager-xxq (MANAGER) may not verify the event store"}""";
}
