/**
 * Local services for migrants (issue 13; seed 004, objectives 3, 4, 7, 15 and 21): public service points,
 * a municipal registration card proved by points (IDNYC-style: only the kinds of proof are kept, never copies),
 * and pseudonymous cases referred between organisations with consent or a supervisor's documented override.
 *
 * <p>Privacy is the first requirement. Names, contacts, birth dates, addresses and referral reasons are stored
 * only as AES-GCM ciphertext ({@code domain.FieldCipher}) under a key kept outside the database: the environment
 * variable {@code PACTO_SERVICES_KEYS} or the file {@code <data-dir>/keys/services.keys}, created on first start
 * with owner-only permissions. Key rotation: add a new line {@code <key-id> <base64 of 32 random bytes>} at the
 * end of the file (or a new {@code id:base64} pair at the end of the variable) and restart; the last key encrypts,
 * every listed key decrypts, and each value names the key that sealed it; keep an old key while values sealed
 * with it remain (docs/services.md). Every read of a case is audited with who,
 * when and why (a reason is required); staff see only their organisation's cases and those referred to it; nothing
 * personal goes to logs, events, search indexes, exports or the activity feed, except a person's own export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local services",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.services;
