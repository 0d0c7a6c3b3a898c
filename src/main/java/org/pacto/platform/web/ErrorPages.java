package org.pacto.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach a controller (a refused CSRF token, a page the role may not see, a URL the firewall
 * rejects such as {@code //} or {@code %2e}, a method the container refuses) are sent by the container to
 * {@code /error}; this answers them as {@link ErrorResponses} answers everything else: Pacto's localised page,
 * or problem+json under {@code /api} (issue 16, item 10). It replaces Spring Boot's default error page.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorResponses responses;

    ErrorPages(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        var original = new AsFirstRequested(request);
        HttpStatus status = status(request);
        String code = switch (status) {
            case BAD_REQUEST -> "request-rejected";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? "form-expired" : "forbidden";
            case NOT_FOUND -> "no-such-page";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case CONTENT_TOO_LARGE -> "too-large";
            default -> status.is4xxClientError() ? "request-rejected" : "unexpected";
        };
        String detail = "unexpected".equals(code) ? responses.message("problem.unexpected", "-")
                : responses.message("problem." + code);
        return responses.answer(original, status, "no-such-page".equals(code) ? "not-found" : code, detail,
                List.of());
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The failed request as first made, so that an API path gets problem+json and the page its own address. */
    private static final class AsFirstRequested extends HttpServletRequestWrapper {
        AsFirstRequested(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            Object uri = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String value ? value : super.getRequestURI();
        }
    }
}
