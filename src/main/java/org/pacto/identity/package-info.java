/**
 * Organisations, the people who act for them, their roles, invitations, sign-in and API tokens.
 * Other modules learn who is acting through {@link org.pacto.identity.Actors} and refer to
 * organisations and people by id only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and people",
        allowedDependencies = {"platform", "taxonomy"})
@org.jspecify.annotations.NullMarked
package org.pacto.identity;
