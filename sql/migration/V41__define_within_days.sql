-- "Within N days" of a timestamp (网上立案 3日内审核, 联系法官 及时回复), defined once for every
-- indicator that needs it: the later timestamp is at most N calendar days after the first, to the
-- minute and second (the same clock time N days later is still within; a second later is not). In
-- Asia/Shanghai, which has no daylight saving time, that is N × 24 hours, as feeds.md says. An
-- answer before the request, or none, is not within.
create function core.within_days(first_at timestamp, later_at timestamp, days integer)
returns boolean
language sql immutable parallel safe
return coalesce(later_at >= first_at and later_at <= first_at + make_interval(days => days), false);
comment on function core.within_days(timestamp, timestamp, integer) is 'Whether later_at is at most days calendar days after first_at (same clock time included; null or earlier: false): the one definition of "within N days" of a timestamp (3日内审核, 及时回复).';
