-- A co-signatory reports only on its part: the targets the lead assigned to it when inviting it.
-- Unassigned targets (organisation_id null) are the lead organisation's.
alter table pledges.target add column organisation_id uuid;
