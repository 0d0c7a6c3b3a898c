package org.pacto.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests Tomcat refuses before Spring sees them (an address holding an encoded NUL, {@code /api/v1/x/%00})
 * are answered by Tomcat's own HTML report. Under {@code /api} they get a problem+json instead, like every
 * other refusal of the API; elsewhere Tomcat's report stays (without its version or a stack trace).
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as problem+json for the API. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                String code = status == 400 ? "unreadable-request" : "http-" + status;
                writer.write("{\"type\":\"urn:pacto:problem:" + code + "\",\"title\":\"" + (status == 400 ? "Bad request" : "Request refused") + "\",\"status\":"
                        + status + ",\"detail\":\"The request could not be read (its address or headers are not"
                        + " valid).\",\"code\":\"" + code + "\"}");
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer was committed: nothing more to say
            }
        }
    }
}
