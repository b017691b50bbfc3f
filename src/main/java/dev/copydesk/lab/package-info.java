/**
 * The lab: research tooling that measures and tunes Copydesk on public datasets kept outside the
 * repository ({@code ../shared/data}), never part of an audit. {@code evaluate} measures the rules,
 * {@code bench} the speed, {@code calibrate} the scores (with a held-out protocol), and
 * {@code lab clickbait} trains and cross-validates the clickbait model. Only figures leave it.
 */
package dev.copydesk.lab;
