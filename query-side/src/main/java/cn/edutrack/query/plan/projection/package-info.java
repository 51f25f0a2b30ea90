/**
 * The projection of the plan topic ({@code edutrack.plan-events.v1}): the Kafka listener, record decoding and
 * the transactional projection with the same position discipline as projects, one position per subject (a plan
 * id or a jurisdiction code): duplicates change nothing, gaps are recorded and waited out.
 */
package cn.edutrack.query.plan.projection;
