package cn.edutrack.query.web;

import java.util.List;

/** One page of a longer list, with what a client needs to ask for the others. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageView<T> of(List<T> items, Paging paging, long totalItems) {
        long totalPages = (totalItems + paging.size() - 1) / paging.size();
        return new PageView<>(items, paging.page(), paging.size(), totalItems, totalPages);
    }
}
