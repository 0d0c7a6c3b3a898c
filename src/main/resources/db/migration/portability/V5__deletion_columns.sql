-- Saved calculations are soft-deleted through platform.Deletion, like every other record (issue 16, "one way").
-- Its by-column has the width the other modules give it, and the three columns are set together or not at all.
alter table portability.saved_calculation alter column deleted_by type varchar(320);
alter table portability.saved_calculation add constraint saved_calculation_deletion_complete
    check ((deleted_at is null and deleted_by is null and deletion_reason is null)
        or (deleted_at is not null and deleted_by is not null and deletion_reason is not null));
