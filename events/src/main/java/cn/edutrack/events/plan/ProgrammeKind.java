package cn.edutrack.events.plan;

/** 专栏, 重点工程, 专项行动, 工作重点 (年度任务). */
public enum ProgrammeKind {
    SPECIAL_COLUMN, KEY_PROJECT, SPECIAL_ACTION, WORK_PRIORITY
}
