package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One place that turns failures into answers: RFC 9457 problem details with a stable code and the
 * fields at fault under {@code /api}, localised error pages elsewhere. Unexpected failures are
 * logged with an id the answer repeats, and never expose internals.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
    private final MessageSource messages;
    private final JsonMapper json;

    ErrorResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found", message("problem.not-found", e.kind(), e.id()),
                List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    ModelAndView noResource(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found", message("problem.no-such-page"), List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "invalid-input", message("problem.invalid-input"),
                e.problems().stream().map(this::fieldError).toList());
    }

    @ExceptionHandler(BindException.class)
    ModelAndView bind(BindException e, HttpServletRequest request) {
        var errors = e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), code(f.getCode()),
                        messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "invalid-input", message("problem.invalid-input"), errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class})
    ModelAndView unreadable(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "unreadable-request", message("problem.unreadable"),
                List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", message("problem.too-large"), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.code(), message("problem." + e.code()), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                message("problem.method-not-allowed"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                message("problem.unsupported-media-type"), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class,
        InsufficientAuthenticationException.class})
    ModelAndView denied(Exception e, HttpServletRequest request) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        boolean anonymous = authentication == null
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
        if (anonymous && !LanguageResolver.isApi(request)) {
            return new ModelAndView("redirect:/login");
        }
        if (anonymous) {
            return answer(request, HttpStatus.UNAUTHORIZED, "unauthenticated", message("problem.unauthenticated"),
                    List.of());
        }
        return answer(request, HttpStatus.FORBIDDEN, "forbidden", message("problem.forbidden"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        String incident = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected",
                message("problem.unexpected", incident), List.of());
    }

    ModelAndView answer(HttpServletRequest request, HttpStatus status, String code, String detail,
                                List<FieldError> errors) {
        if (LanguageResolver.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("urn:pacto:problem:" + code));
            problem.setTitle(message("problem.title." + status.value()));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("code", code);
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            var view = new ModelAndView(new ProblemView(json, problem));
            view.setStatus(status);
            return view;
        }
        var page = new ModelAndView("error/problem", status);
        page.addAllObjects(Layout.attributes(request));
        page.addObject("status", status.value());
        page.addObject("problemTitle", message("problem.title." + status.value()));
        page.addObject("detail", detail);
        page.addObject("errors", errors);
        return page;
    }

    private FieldError fieldError(FieldProblem problem) {
        return new FieldError(problem.field(), problem.code(),
                message("problem." + problem.code(), problem.arguments().toArray()));
    }

    String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String code(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A field at fault, as the problem's {@code errors} member lists it. */
    record FieldError(String field, String code, String message) {
    }

    /** Writes a problem as {@code application/problem+json}. */
    private record ProblemView(JsonMapper json, ProblemDetail problem) implements org.springframework.web.servlet.View {
        @Override
        public String getContentType() {
            return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("type", String.valueOf(problem.getType()));
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", String.valueOf(problem.getInstance()));
            if (problem.getProperties() != null) {
                body.putAll(problem.getProperties());
            }
            json.writeValue(response.getOutputStream(), body);
        }
    }
}
