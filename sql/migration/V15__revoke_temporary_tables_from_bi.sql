-- BI logins may read the mart's views and nothing else (V7), but PostgreSQL gives PUBLIC the right
-- to create temporary tables in every database, so a BI login could fill the disk with them. Take
-- TEMPORARY from PUBLIC on this database and give it back to the role that runs courtstats (the
-- indicator computation uses a temporary table).
--
-- Only the database's owner (or a superuser) can do this; on a real server where courtstats' user
-- does not own the database, the grant and the revoke are no-ops with a warning, and a DBA runs
-- the two statements below by hand (README "For BI users").

do $$
begin
    execute format('grant temporary on database %I to %I', current_database(), current_user);
    execute format('revoke temporary on database %I from public', current_database());
    if has_database_privilege('courtstats_bi', current_database(), 'TEMPORARY') then
        raise warning 'courtstats_bi can still create temporary tables in database %: as its owner, run "grant temporary on database % to %; revoke temporary on database % from public"',
            current_database(), current_database(), current_user, current_database();
    end if;
end;
$$;
