/**
 * Who may do what on the command side: the roles each endpoint admits ({@link cn.edutrack.command.access.CommandEndpointRules}),
 * the checks of jurisdiction and organisation made with the project or plan in hand
 * ({@link cn.edutrack.command.access.CommandAuthorization}), and the actor carried with every command into the
 * metadata of every event it records ({@link cn.edutrack.command.access.ActorMetadataConfig}).
 */
package cn.edutrack.command.access;
