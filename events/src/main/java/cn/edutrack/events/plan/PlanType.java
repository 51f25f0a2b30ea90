package cn.edutrack.events.plan;

/** 五年规划, 年度工作要点, 实施意见, 行动计划. */
public enum PlanType {
    FIVE_YEAR_PLAN, ANNUAL_WORK_PLAN, IMPLEMENTATION_OPINIONS, ACTION_PLAN
}
