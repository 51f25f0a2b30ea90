package cn.edutrack.security;

/** A principal or authentication that knows its {@link Actor}. */
public interface ActorHolder {

    Actor actor();
}
