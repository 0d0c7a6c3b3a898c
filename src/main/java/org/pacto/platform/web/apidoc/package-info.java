/**
 * The API's OpenAPI document as a product (issue 18): what every operation shares (security, problem
 * responses, paging, operation ids, module tags) is added here, so a new module's controllers get it
 * without doing anything; what is specific is written on the controllers with springdoc's annotations
 * (docs/CONVENTIONS.md, "API documentation").
 */
@org.jspecify.annotations.NullMarked
package org.pacto.platform.web.apidoc;
