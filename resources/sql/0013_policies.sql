-- Settle ledger schema, version 13: two more reminder policies besides Standard (docs/DESIGN.md,
-- "Reminder policy"): Gentle for key accounts and Firm for customers at risk, with the same stages as
-- DefaultPolicy::gentle() and DefaultPolicy::firm() (a test keeps them equal). A ledger that already has
-- a policy of that name keeps it as it is: the policy is added only when absent, and its stages only
-- when it has none (one statement per policy, so that the check sees the policy as it was).
-- fee_micros: millionths of the invoice currency's major unit (10000000 = 10.00).

INSERT INTO reminder_policies (name) SELECT 'Gentle' WHERE NOT EXISTS (SELECT 1 FROM reminder_policies WHERE name = 'Gentle');
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, fee_micros, states_interest, needs_approval)
    SELECT p.id, v.position, v.name, v.offset_days, v.gap_days, v.channel, v.template_key, v.fee_micros, v.states_interest, v.needs_approval
    FROM reminder_policies p, (
        SELECT 0 AS position, 'Upcoming' AS name, -3 AS offset_days, 0 AS gap_days, 'email' AS channel, 'upcoming' AS template_key, 0 AS fee_micros, 0 AS states_interest, 0 AS needs_approval
        UNION ALL SELECT 1, 'Reminder', 10, 7, 'email', 'reminder', 0, 0, 0
        UNION ALL SELECT 2, 'Second reminder', 24, 10, 'email', 'second_reminder', 0, 0, 0
        UNION ALL SELECT 3, 'Call', 40, 10, 'task', 'final_notice', 0, 0, 0
        UNION ALL SELECT 4, 'Collections review', 60, 14, 'task', 'collections_review', 0, 0, 1
    ) v
    WHERE p.name = 'Gentle' AND NOT EXISTS (SELECT 1 FROM reminder_stages s WHERE s.policy_id = p.id);

INSERT INTO reminder_policies (name) SELECT 'Firm' WHERE NOT EXISTS (SELECT 1 FROM reminder_policies WHERE name = 'Firm');
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, fee_micros, states_interest, needs_approval)
    SELECT p.id, v.position, v.name, v.offset_days, v.gap_days, v.channel, v.template_key, v.fee_micros, v.states_interest, v.needs_approval
    FROM reminder_policies p, (
        SELECT 0 AS position, 'Upcoming' AS name, -7 AS offset_days, 0 AS gap_days, 'email' AS channel, 'upcoming' AS template_key, 0 AS fee_micros, 0 AS states_interest, 0 AS needs_approval
        UNION ALL SELECT 1, 'Reminder', 1, 4, 'email', 'reminder', 0, 0, 0
        UNION ALL SELECT 2, 'Second reminder', 7, 5, 'email', 'second_reminder', 0, 0, 0
        UNION ALL SELECT 3, 'Final notice', 14, 5, 'email+letter', 'final_notice', 10000000, 1, 0
        UNION ALL SELECT 4, 'Collections review', 21, 5, 'task', 'collections_review', 0, 1, 1
    ) v
    WHERE p.name = 'Firm' AND NOT EXISTS (SELECT 1 FROM reminder_stages s WHERE s.policy_id = p.id);
