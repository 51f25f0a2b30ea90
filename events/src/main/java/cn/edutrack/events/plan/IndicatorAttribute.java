package cn.edutrack.events.plan;

/** 约束性 binding, 预期性 expected, or not stated in the document. Binding indicators are shown first. */
public enum IndicatorAttribute {
    BINDING, EXPECTED, NOT_STATED
}
