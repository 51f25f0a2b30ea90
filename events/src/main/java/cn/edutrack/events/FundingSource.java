package cn.edutrack.events;

/** Where an allocation comes from. */
public enum FundingSource {
    CENTRAL_FISCAL,
    PROVINCIAL_FISCAL,
    MUNICIPAL_FISCAL,
    COUNTY_DISTRICT_FISCAL,
    SPECIAL_FUND,
    LOCAL_GOVERNMENT_SPECIAL_BOND,
    SOCIAL_CAPITAL
}
