package cn.edutrack.query.web;

/** Something asked for by id that the read models do not hold; answered with a 404 problem. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
