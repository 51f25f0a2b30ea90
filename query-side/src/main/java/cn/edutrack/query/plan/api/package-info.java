/**
 * The read-only HTTP API over plans: jurisdictions (a subtree), the plans of a jurisdiction and those below it,
 * and one plan with its programmes, targets and indicators as currently defined.
 */
package cn.edutrack.query.plan.api;
