package org.pacto.platform.web;

import org.jspecify.annotations.Nullable;
import org.pacto.platform.Paging;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Binds a controller's {@link Paging} parameter from the query's {@code page} and {@code size}. */
class PagingArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class;
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                  NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        return Paging.of(request.getParameter("page"), request.getParameter("size"));
    }
}
