package cn.edutrack.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a record with one component changed, through its canonical constructor (so its rules apply). */
public final class Records {

    private Records() {
    }

    /**
     * The record rebuilt with {@code component} set to {@code value}.
     *
     * @throws RuntimeException what the constructor threw (unwrapped)
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " has no component " + component);
        }
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a record component by name. */
    public static Object get(Record record, String component) {
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(component)) {
                    return c.getAccessor().invoke(record);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(record.getClass().getSimpleName() + " has no component " + component);
    }

    /** True when the component's type is primitive (it cannot be null, in Java or on the wire). */
    public static boolean isPrimitive(Class<? extends Record> type, String component) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no component " + component))
                .getType().isPrimitive();
    }
}
