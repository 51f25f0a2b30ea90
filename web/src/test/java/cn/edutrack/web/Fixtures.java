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

    /** The district plan's progress with a soft target (争创: 20 brands the plan strives for) beside the firm ones. */
    static final String PROGRESS_WITH_SOFT_TARGET = PROGRESS.replace("\"softTargets\":[]", """
            "softTargets":[{"targetId":"T-BRANDS","programmeId":"P2","name":"争创优质教育品牌","counts":"DESIGNATIONS",\
            "firmness":"SOFT","planned":{"comparator":"AT_LEAST","value":20},"goal":20,"flags":[],"revisions":0,\
            "projects":4,"stages":{"approved":4,"funded":3,"constructionStarted":0,"completed":0,"accepted":0,\
            "inService":0,"acceptanceFailed":0,"cancelled":0},"delivered":6,"pipeline":{"approved":2,\
            "underConstruction":0,"completed":0},"percentOfTarget":30.0,"expectedByDate":14,"status":"BEHIND",\
            "portfolios":[]}]""");

    /** The district plan's targets summed per programme: 专栏7 in two units, 专栏8 (its soft target) in one. */
    static final String PROGRAMME_ROLLUP = """
            {"planId":"xx-district-2021","by":"programme","asOf":"2024-06-30","rows":[\
            {"group":"P1","name":"专栏7 学位建设工程","counts":"PLACES","targets":1,"projects":5,\
            "stages":{"approved":5,"funded":4,"constructionStarted":4,"completed":2,"accepted":2,"inService":1,\
            "acceptanceFailed":1,"cancelled":0},"delivered":2160,"pipeline":{"approved":900,"underConstruction":1800,\
            "completed":540}},\
            {"group":"P1","name":"专栏7 学位建设工程","counts":"SCHOOLS","targets":1,"projects":3,\
            "stages":{"approved":3,"funded":3,"constructionStarted":3,"completed":3,"accepted":3,"inService":3,\
            "acceptanceFailed":0,"cancelled":0},"delivered":3,"pipeline":{"approved":0,"underConstruction":0,\
            "completed":0}},\
            {"group":"P2","name":"专栏8 优质品牌创建","counts":"DESIGNATIONS","targets":1,"projects":4,\
            "stages":{"approved":4,"funded":3,"constructionStarted":0,"completed":0,"accepted":0,"inService":0,\
            "acceptanceFailed":0,"cancelled":0},"delivered":6,"pipeline":{"approved":2,"underConstruction":0,\
            "completed":0}}]}""";

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

    static final String INDICATORS = """
            {"planId":"xx-district-2021","asOf":"2024-06-30","indicators":[\
            {"indicatorId":"retention","name":"九年义务教育巩固率","unit":"%","attribute":"BINDING",\
            "concept":"COMPULSORY_RETENTION_RATE","baseline":{"year":2020,"value":96.83,"asWritten":"96.83%"},\
            "target":{"year":2025,"comparator":"AT_LEAST","value":97,"min":null,"max":null,"asWritten":"97以上"},\
            "flags":[],"revisions":0,"measurements":[{"year":2023,"value":96.9,"asWritten":"96.9%","flags":[],\
            "businessDate":"2024-02-01","recordedAt":"2024-02-02T01:00:00Z"}],\
            "latest":{"year":2023,"value":96.9,"asWritten":"96.9%","flags":[],"businessDate":"2024-02-01",\
            "recordedAt":"2024-02-02T01:00:00Z"},"expectedByDate":96.95,"status":"BEHIND","gap":-0.05},\
            {"indicatorId":"preschool","name":"学前教育毛入园率","unit":"%","attribute":"EXPECTED","concept":null,\
            "baseline":null,"target":{"year":2025,"comparator":"RANGE","value":null,"min":90,"max":92,\
            "asWritten":null},"flags":[],"revisions":0,"measurements":[],"latest":null,"expectedByDate":null,\
            "status":"NO_DATA","gap":null}]}""";

    /** The city plan's targets summed per district: XX区 in two units, YY区 in one. */
    static final String CITY_ROLLUP = """
            {"planId":"xx-city-2021","by":"jurisdiction","asOf":"2024-06-30","rows":[\
            {"group":"CN-45/XX市/XX区","name":"XX区","counts":"PLACES","targets":1,"projects":5,\
            "stages":{"approved":5,"funded":4,"constructionStarted":4,"completed":2,"accepted":2,"inService":1,\
            "acceptanceFailed":1,"cancelled":0},"delivered":2160,"pipeline":{"approved":900,"underConstruction":1800,\
            "completed":540}},\
            {"group":"CN-45/XX市/XX区","name":"XX区","counts":"SCHOOLS","targets":2,"projects":3,\
            "stages":{"approved":3,"funded":3,"constructionStarted":3,"completed":3,"accepted":3,"inService":3,\
            "acceptanceFailed":0,"cancelled":0},"delivered":3,"pipeline":{"approved":0,"underConstruction":0,\
            "completed":0}},\
            {"group":"CN-45/XX市/YY区","name":"YY区","counts":"PLACES","targets":1,"projects":2,\
            "stages":{"approved":2,"funded":2,"constructionStarted":2,"completed":1,"accepted":1,"inService":1,\
            "acceptanceFailed":0,"cancelled":0},"delivered":900,"pipeline":{"approved":0,"underConstruction":450,\
            "completed":0}}]}""";

    /** Every plan's projects of XX市 and below, per district (a city over its districts' own plans). */
    static final String CITY_DISTRICT_PLANS = """
            {"jurisdiction":"CN-45/XX市","asOf":"2024-06-30","rows":[\
            {"group":"CN-45/XX市/XX区","name":"XX区","counts":"PLACES","plans":2,"projects":7,\
            "stages":{"approved":7,"funded":6,"constructionStarted":6,"completed":3,"accepted":3,"inService":2,\
            "acceptanceFailed":1,"cancelled":0},"delivered":2700,"pipeline":{"approved":900,"underConstruction":1800,\
            "completed":540}},\
            {"group":"CN-45/XX市/YY区","name":"YY区","counts":"KINDERGARTENS","plans":1,"projects":4,\
            "stages":{"approved":4,"funded":4,"constructionStarted":3,"completed":2,"accepted":2,"inService":2,\
            "acceptanceFailed":0,"cancelled":0},"delivered":2,"pipeline":{"approved":0,"underConstruction":1,\
            "completed":0}}]}""";

    /** A roll-up {@code by} programme or jurisdiction with no rows (nothing to sum). */
    static String emptyRollup(String planId, String by) {
        return """
                {"planId":"%s","by":"%s","asOf":"2024-06-30","rows":[]}""".formatted(planId, by);
    }

    /** A cross-plan roll-up with no rows. */
    static String emptyDistrictPlans(String jurisdiction) {
        return """
                {"jurisdiction":"%s","asOf":"2024-06-30","rows":[]}""".formatted(jurisdiction);
    }

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

    /**
     * Progress reports: #1 30%; #2 45%, corrected by #4 (an EventCorrected) to 40% dated 2024-04-28; #3 60%, replaced
     * by #5, a report correcting it to 55%.
     */
    static final String PROGRESS_HISTORY = """
            {"projectId":"PRJ-2","version":5,"events":[\
            {"sequence":0,"eventId":"e0","type":"cn.edutrack.project.registered.v1","businessDate":"2023-01-05",\
            "recordedAt":"2023-01-05T01:00:00Z","summary":"registered","payload":{},"recordedBy":null,\
            "corrects":null,"correctedBy":[],"changes":[]},\
            {"sequence":1,"eventId":"e1","type":"cn.edutrack.project.progress-reported.v1","businessDate":"2024-03-31",\
            "recordedAt":"2024-04-01T02:00:00Z","summary":"progress 30%","payload":{"projectId":"PRJ-2",\
            "businessDate":"2024-03-31","recordedAt":"2024-04-01T02:00:00Z","percentComplete":30,\
            "note":"主体结构施工","evidenceReference":null,"correctsSequence":null},"corrects":null,\
            "correctedBy":[],"changes":[]},\
            {"sequence":2,"eventId":"e2","type":"cn.edutrack.project.progress-reported.v1","businessDate":"2024-04-30",\
            "recordedAt":"2024-05-01T02:00:00Z","summary":"progress 45%","payload":{"projectId":"PRJ-2",\
            "businessDate":"2024-04-30","recordedAt":"2024-05-01T02:00:00Z","percentComplete":45,\
            "note":"一层主体完成","evidenceReference":null,"correctsSequence":null},"corrects":null,\
            "correctedBy":[4],"changes":[]},\
            {"sequence":3,"eventId":"e3","type":"cn.edutrack.project.progress-reported.v1","businessDate":"2024-05-31",\
            "recordedAt":"2024-06-01T02:00:00Z","summary":"progress 60%","payload":{"projectId":"PRJ-2",\
            "businessDate":"2024-05-31","recordedAt":"2024-06-01T02:00:00Z","percentComplete":60,\
            "note":"二层主体完成","evidenceReference":null,"correctsSequence":null},"corrects":null,\
            "correctedBy":[],"changes":[]},\
            {"sequence":4,"eventId":"e4","type":"cn.edutrack.project.event-corrected.v1","businessDate":"2024-06-05",\
            "recordedAt":"2024-06-05T02:00:00Z","summary":"corrected #2","payload":{"projectId":"PRJ-2",\
            "businessDate":"2024-06-05","recordedAt":"2024-06-05T02:00:00Z","correctedSequence":2,\
            "correctedType":"cn.edutrack.project.progress-reported.v1","corrected":{"projectId":"PRJ-2",\
            "businessDate":"2024-04-28","recordedAt":"2024-05-01T02:00:00Z","percentComplete":40,\
            "note":"一层主体完成八成","evidenceReference":null,"correctsSequence":null},"reason":"监理月报"},\
            "corrects":2,"correctedBy":[],"changes":[]},\
            {"sequence":5,"eventId":"e5","type":"cn.edutrack.project.progress-reported.v1","businessDate":"2024-05-31",\
            "recordedAt":"2024-06-06T02:00:00Z","summary":"progress 55%","payload":{"projectId":"PRJ-2",\
            "businessDate":"2024-05-31","recordedAt":"2024-06-06T02:00:00Z","percentComplete":55,\
            "note":"更正：按监理月报为 55%","evidenceReference":null,"correctsSequence":3},"corrects":3,\
            "correctedBy":[],"changes":[]}]}""";

    static final String VERIFICATION_INTACT = """
            {"aggregateId":"PRJ-1","events":3,"sealed":3,"intact":true,"problems":[]}""";

    static final String FORBIDDEN = """
            {"type":"urn:edutrack:problem:forbidden","title":"Forbidden","status":403,"rule":"role-may-not",\
            "detail":"manager-xxq (MANAGER) may not verify the event store"}""";

    /**
     * The district plan's quotas: one over two towns and two years (2024 running; 乙镇's name not registered), one
     * whose towns are not registered.
     */
    static final String QUOTAS = """
            {"planId":"xx-district-2021","asOf":"2024-06-30","quotas":[\
            {"projectId":"PRJ-Q1","title":"乡镇公办幼儿园建设","jurisdiction":"CN-45/XX市/XX区","per":"乡镇",\
            "perYear":{"comparator":"RANGE","value":null,"min":1,"max":2,"asWritten":"1—2所"},"fromYear":2023,\
            "toYear":2024,"units":2,"unitsKnown":true,"note":null,"met":1,"obligations":[\
            {"unit":"CN-45/XX市/XX区/甲镇","unitName":"甲镇","year":2023,"achieved":2,"status":"MET"},\
            {"unit":"CN-45/XX市/XX区/甲镇","unitName":"甲镇","year":2024,"achieved":0,"status":"OPEN"},\
            {"unit":"CN-45/XX市/XX区/乙镇","unitName":null,"year":2023,"achieved":0,"status":"NOT_MET"},\
            {"unit":"CN-45/XX市/XX区/乙镇","unitName":null,"year":2024,"achieved":1,"status":"OPEN"}]},\
            {"projectId":"PRJ-Q2","title":"乡镇卫生室改造","jurisdiction":"CN-45/XX市/XX区","per":"乡镇",\
            "perYear":{"comparator":"AT_LEAST","value":1,"min":null,"max":null,"asWritten":null},"fromYear":2021,\
            "toYear":2025,"units":0,"unitsKnown":false,\
            "note":"no jurisdiction of level township is registered below CN-45/XX市/XX区","met":0,"obligations":[]}]}""";

    static String noQuotas(String planId) {
        return """
                {"planId":"%s","asOf":"2024-06-30","quotas":[]}""".formatted(planId);
    }

    /**
     * The district plan's money: two sources, the district's own projects and one town's (not registered: no name),
     * one portfolio left out.
     */
    static final String MONEY = """
            {"planId":"xx-district-2021","jurisdiction":"CN-45/XX市/XX区","projects":4,"portfoliosExcluded":1,\
            "approvedBudget":"386500000.00","allocated":"125012345.60","allocatedPercent":32.3,"bySource":[\
            {"source":"CENTRAL_FISCAL","amount":"80000000.00","allocations":2,"projects":2},\
            {"source":"COUNTY_DISTRICT_FISCAL","amount":"45012345.60","allocations":3,"projects":3}],\
            "byJurisdiction":[\
            {"jurisdiction":"CN-45/XX市/XX区","name":"XX区","projects":3,"approvedBudget":"300000000.00",\
            "allocated":"100000000.00"},\
            {"jurisdiction":"CN-45/XX市/XX区/甲镇","name":null,"projects":1,"approvedBudget":"86500000.00",\
            "allocated":"25012345.60"}]}""";

    static String noMoney(String planId) {
        return """
                {"planId":"%s","jurisdiction":"CN-45/XX市/XX区","projects":0,"portfoliosExcluded":0,\
                "approvedBudget":"0.00","allocated":"0.00","allocatedPercent":null,"bySource":[],\
                "byJurisdiction":[]}""".formatted(planId);
    }
}
