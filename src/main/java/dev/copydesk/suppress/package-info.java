/**
 * Stage 5b: suppressions. Reads {@code <!-- copydesk-disable ... -- reason -->} comments of HTML
 * and Markdown articles and removes the findings they cover, keeping each one, with the
 * directive's line and reason, as an audit trail. A directive without a reason, or one that
 * names an unknown rule, suppresses nothing and is itself reported.
 */
package dev.copydesk.suppress;
