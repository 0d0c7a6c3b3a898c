package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses oversized JSON bodies on the practices API before they are read (413 problem). Bodies
 * without a declared length are still bounded by the field limits (400, nothing stored).
 */
@Configuration(proxyBeanMethods = false)
class BodyLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final long maxBytes;

    BodyLimit(@Value("${pacto.practices.max-body-bytes:1048576}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/practices", "/api/v1/practices/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
        if (json && length > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        return true;
    }
}
