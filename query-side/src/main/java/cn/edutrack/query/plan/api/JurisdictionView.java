package cn.edutrack.query.plan.api;

/** A jurisdiction: hierarchical code, name as written, level ({@code PROVINCE} ... {@code TOWNSHIP}), parent's code. */
public record JurisdictionView(String code, String name, String level, String parentCode) {
}
