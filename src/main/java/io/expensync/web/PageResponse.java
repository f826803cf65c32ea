package io.expensync.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a list endpoint: {@code {items: [...], page, size, totalElements,
 * totalPages}}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapping) {
		return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	public static <T> PageResponse<T> of(List<T> all) {
		return new PageResponse<>(all, 0, all.size(), all.size(), 1);
	}

}
