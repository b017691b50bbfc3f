/**
 * Stage 8, for editors: {@code copydesk serve}. An embedded Jetty server with one warm auditor
 * shared by its request threads, answering the web editor at {@code /}, a JSON API whose document
 * object is the CLI's JSON, and LanguageTool's HTTP API, so LanguageTool's own clients show
 * Copydesk's findings. Every request runs within limits (body size, queue, time) that answer
 * 413, 429 and 503; article text is never logged.
 */
package dev.copydesk.server;
