package cn.edutrack.events.plan;

/** Province > city > district or county > township. */
public enum JurisdictionLevel {
    PROVINCE, CITY, DISTRICT, COUNTY, TOWNSHIP
}
