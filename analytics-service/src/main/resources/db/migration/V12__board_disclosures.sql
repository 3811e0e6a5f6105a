-- Which of a quarter's strand totals the partnership board's reports have shown. Board papers are
-- shared beyond the partnership, so a reader may hold them beside the public releases: each set of
-- totals shown is kept, and every later release of the quarter or its months is protected together
-- with it (ADR 0030). Written once per distinct set, never changed.
create table board_disclosure (
    period         text        not null,
    strands_shown  text[]      not null,
    first_shown_at timestamptz not null,
    primary key (period, strands_shown)
);

create function board_disclosure_is_kept() returns trigger language plpgsql as $$
begin
    raise exception 'what a board paper has shown stays recorded: later releases are protected with it';
end;
$$;

create trigger board_disclosure_kept
    before update or delete or truncate on board_disclosure
    for each statement execute function board_disclosure_is_kept();

revoke update, delete, truncate on board_disclosure from ${runtime_role};
