package cn.edutrack.command.project.web;

import cn.edutrack.events.Capacity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** School places (学位), streams (轨) and classes (班); streams and classes may be left out. */
public record CapacityInput(
        @NotNull @PositiveOrZero @Max(100_000) Integer places,
        @PositiveOrZero @Max(1_000) Integer streams,
        @PositiveOrZero @Max(10_000) Integer classes) {

    Capacity toCapacity() {
        return new Capacity(places, streams == null ? 0 : streams, classes == null ? 0 : classes);
    }
}
