-- Issue 16, item 4: the people of a removed organisation are deactivated (kept, readable to the secretariat,
-- unable to sign in or act). Item 9: a per-person session version; sessions signed in under an older version
-- (before a password reset or a deactivation) are ended on their next request.
alter table identity.person add column deactivated_at timestamptz;
alter table identity.person add column session_version integer not null default 0;

-- Reset mails are limited per address per hour: counted from the links created.
create index password_reset_person on identity.password_reset (person_id, created_at);
create index api_token_person on identity.api_token (person_id);
