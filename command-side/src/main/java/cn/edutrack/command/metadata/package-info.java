/**
 * What every stored event says about the request that recorded it, beside the actor: the id of the HTTP request
 * ({@link cn.edutrack.command.metadata.RequestIdFilter}), the user's optional comment (a {@code comment} field of
 * every command body, {@link cn.edutrack.command.metadata.CommentedRequest}), and the id of the command that
 * applied it. {@link cn.edutrack.command.metadata.RecordingRequest} holds the first two for the request;
 * {@link cn.edutrack.command.metadata.EventMetadataConfig} carries them into each command's metadata and from
 * there into each event's ({@link cn.edutrack.command.metadata.MetadataKeys}).
 */
package cn.edutrack.command.metadata;
