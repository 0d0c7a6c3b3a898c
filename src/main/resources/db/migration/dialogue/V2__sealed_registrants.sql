-- Registrants' names and e-mails sealed at rest (issue 11: "sensitive fields encrypted"): AES-256-GCM
-- ciphertext under a key kept outside the database (platform.SealedFields), and the one-registration-
-- per-e-mail rule kept by a keyed blind index (HMAC-SHA256 of the folded address) instead of the address.
-- Rows written before this migration keep their plaintext until the application seals them at start
-- (dialogue.domain.RegistrationSealing), which then clears name, email and email_key; the old unique
-- key stays meanwhile so that those rows still refuse a second registration of their address.
alter table dialogue.registration
    add column name_sealed  bytea,
    add column email_sealed bytea,
    add column email_index  text,
    alter column name drop not null,
    alter column email drop not null,
    alter column email_key drop not null;
alter table dialogue.registration
    add constraint registration_email_index_unique unique (event_id, email_index),
    add constraint registration_sealed_or_legacy check (
        (name_sealed is not null and email_sealed is not null and email_index is not null
            and name is null and email is null and email_key is null)
        or (name_sealed is null and email_sealed is null and email_index is null
            and name is not null and email is not null and email_key is not null));
