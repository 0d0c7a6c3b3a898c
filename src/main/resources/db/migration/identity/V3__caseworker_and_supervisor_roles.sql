-- Local services (module services): caseworkers and supervisors act for one organisation's cases.
alter table identity.person_role drop constraint if exists person_role_role_check;
alter table identity.person_role add constraint person_role_role_check
    check (role in ('member', 'focal-point', 'reviewer', 'secretariat', 'admin', 'caseworker', 'supervisor'));
