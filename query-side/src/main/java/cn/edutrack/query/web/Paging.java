package cn.edutrack.query.web;

/** A validated page request: 0-based page number and page size. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Reads the raw parameters, so that a non-number is reported under its own name. */
    public static Paging parse(String page, String size) {
        return new Paging(
                page == null || page.isBlank() ? 0 : integer("page", page),
                size == null || size.isBlank() ? DEFAULT_SIZE : integer("size", size));
    }

    public int offset() {
        // long arithmetic: page * size may exceed an int for absurd page numbers
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", "page is too large");
        }
        return (int) offset;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number: " + value);
        }
    }
}
