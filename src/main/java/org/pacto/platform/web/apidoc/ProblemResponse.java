package org.pacto.platform.web.apidoc;

/**
 * The problem answers an operation may give, each a reusable response of the document
 * ({@code #/components/responses/<name>}) with the stable codes it carries (platform.web.ErrorResponses and
 * identity's ApiProblems write them).
 */
enum ProblemResponse {

    BadRequest("400", 400, "invalid-input", "Invalid request", "The request has 1 field at fault.",
            "Refused input: `invalid-input` (with `errors[]`, one per field at fault: `required`, `out-of-range`, "
                    + "`wrong-type`, `too-long`, `control-character`, `not-a-number`, `date-out-of-range`, …) or "
                    + "`unreadable-request` (malformed JSON, wrong content). Nothing was written."),
    Unauthenticated("401", 401, "unauthenticated", "Sign-in required", "This operation needs an API token.",
            "`unauthenticated`: no token, or `invalid-token`: the token is unknown, expired or revoked."),
    Forbidden("403", 403, "forbidden", "Not allowed", "Your role does not allow this operation.",
            "`forbidden`: the token's owner lacks the role or the organisation this operation needs."),
    NotFound("404", 404, "not-found", "Not found", "No practice with id 3f2b…",
            "`not-found`: nothing with this id or code, or nothing the caller may see."),
    NotAcceptable("406", 406, "not-acceptable", "Not acceptable", "None of the accepted types can be answered.",
            "`not-acceptable`: the `Accept` header names no type this operation answers with (the body may be empty)."),
    TooLarge("413", 413, "too-large", "Too large", "The file is larger than 25 MB.",
            "`too-large`: an uploaded file over 25 MB or a request over 60 MB."),
    UnsupportedMediaType("415", 415, "unsupported-media-type", "Unsupported media type",
            "This operation does not read text/plain.",
            "`unsupported-media-type`: the `Content-Type` is not one this operation reads."),
    Conflict("409", 409, "concurrent-change", "Conflict", "Someone changed this record meanwhile.",
            "The state of the record does not allow it: `concurrent-change` (reload and retry), "
                    + "`already-exists`, or a code of the operation's rules (`not-a-draft`, `not-submittable`, "
                    + "`already-reviewed`, `update-pending`, …, listed in `Problem.code`)."),
    ServerError("5XX", 500, "unexpected", "Unexpected failure", "Incident 18c3f… was recorded.",
            "`unexpected` (500, with an incident id the server's log repeats, never internals) or "
                    + "`database-unavailable` (503 with `Retry-After`).");

    final String status;
    final String example;
    final String title;
    final String detail;
    final String description;
    final int statusCode;

    ProblemResponse(String status, int exampleStatus, String example, String title, String detail,
                    String description) {
        this.status = status;
        this.statusCode = exampleStatus;
        this.example = example;
        this.title = title;
        this.detail = detail;
        this.description = description;
    }
}
