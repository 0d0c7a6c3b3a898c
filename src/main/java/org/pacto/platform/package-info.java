/**
 * Shared kernel: languages, localised text, audit trail, the outgoing-mail port, problem details
 * and the embedded database. Sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package org.pacto.platform;
